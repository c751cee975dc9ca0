using ArDivergence.Core.Metrics;

namespace ArDivergence.Tui.Views.Background;

/// <summary>
/// One <see cref="CurveWorker.Start"/>: what each lane's own thread has found so far. Each lane only
/// writes its own slots; the UI gets a fresh <see cref="CurveSet"/> after every change, coalesced (at
/// most one delivery waits on the UI thread, and it reads the latest values when it runs), so the last
/// change always arrives and no clock is needed to throttle.
/// </summary>
internal sealed class CurveRun
{
    private readonly object _gate = new();
    private readonly IUiThread _ui;
    private readonly long _generation;
    private readonly IReadOnlyList<OffManifoldCurve> _curves;
    private readonly int _length;
    private readonly Action<CurveSet> _publish;
    private readonly OffManifoldValue?[][] _values;
    private readonly CurvePhase[] _phases;
    private readonly double[] _progress;
    private bool _deliveryWaiting;

    public CurveRun(IUiThread ui, long generation, IReadOnlyList<OffManifoldCurve> curves, int length, Action<CurveSet> publish)
    {
        _ui = ui;
        _generation = generation;
        _curves = curves;
        _length = length;
        _publish = publish;
        _values = new OffManifoldValue?[curves.Count][];
        _phases = new CurvePhase[curves.Count];
        _progress = new double[curves.Count];
        for (var i = 0; i < curves.Count; i++)
        {
            _values[i] = new OffManifoldValue?[length + 1];
            _values[i][0] = new OffManifoldValue(0, true, null, 0);
        }
    }

    public int Lanes => _curves.Count;

    /// <summary>
    /// Computes one lane for t = 1..L: exact dynamic programming, then (with <paramref name="monteCarloSamples"/>
    /// above 0) Monte Carlo where exact is out of reach. Never throws: cancelled or failed work leaves what
    /// is known, and the rest can be asked for again with m.
    /// </summary>
    public void Compute(int lane, int monteCarloSamples, CancellationToken cancellation)
    {
        var curve = _curves[lane];
        try
        {
            for (var step = 1; step <= _length; step++)
            {
                cancellation.ThrowIfCancellationRequested();
                if (curve.At(step, cancellation) is not { } value)
                {
                    break;
                }

                var t = step;
                Update(() =>
                {
                    _values[lane][t] = value;
                    _progress[lane] = (double)t / _length;
                });
            }

            if (_values[lane][_length] is not null)
            {
                Update(() => _phases[lane] = CurvePhase.Done);
                return;
            }

            if (monteCarloSamples <= 0)
            {
                Update(() => _phases[lane] = CurvePhase.NeedsMonteCarlo);
                return;
            }

            Update(() =>
            {
                _phases[lane] = CurvePhase.MonteCarlo;
                _progress[lane] = 0;
            });
            // A real model's runs each decode L tokens: 200 of them by default (semantics §9), never more than asked.
            var samples = curve.RunsRealModel ? Math.Min(monteCarloSamples, Verbs.RealModelSamples.Default) : monteCarloSamples;
            curve.RunMonteCarlo(samples, new FractionProgress(f => Update(() => _progress[lane] = f)), cancellation);
            var values = Enumerable.Range(0, _length + 1).Select(t => curve.At(t, cancellation)).ToArray();
            Update(() =>
            {
                values.CopyTo(_values[lane], 0);
                _phases[lane] = CurvePhase.Done;
            });
        }
        catch (Exception ex) when (ex is OperationCanceledException || ex.InnerException is OperationCanceledException || !IsFatal(ex))
        {
            // Cancelled, or failed (a limit, a bug): what is known stays; m asks again.
            Update(() =>
            {
                if (_phases[lane] is CurvePhase.Computing or CurvePhase.MonteCarlo)
                {
                    _phases[lane] = CurvePhase.NeedsMonteCarlo;
                }
            });
        }
    }

    private static bool IsFatal(Exception ex) => ex is OutOfMemoryException or StackOverflowException or AccessViolationException;

    private void Update(Action write)
    {
        lock (_gate)
        {
            write();
            if (_deliveryWaiting)
            {
                return;
            }

            _deliveryWaiting = true;
        }

        _ui.Post(Deliver);
    }

    private void Deliver()
    {
        CurveSet set;
        lock (_gate)
        {
            _deliveryWaiting = false;
            set = new CurveSet(
                [.. _curves.Select((curve, i) => new LaneCurve(curve, [.. _values[i]], _phases[i], _progress[i]))],
                _generation);
        }

        _publish(set);
    }

    private sealed class FractionProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
