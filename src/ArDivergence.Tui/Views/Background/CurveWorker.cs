using ArDivergence.Core.Debugging;
using ArDivergence.Core.Metrics;

namespace ArDivergence.Tui.Views.Background;

internal enum CurvePhase
{
    /// <summary>Exact dynamic programming is running.</summary>
    Computing,

    /// <summary>Every t from 1 to L is known (exact, or Monte Carlo where exact is out of reach).</summary>
    Done,

    /// <summary>Exact stops before L and no Monte Carlo run has been made (or it was cancelled): `m` runs it.</summary>
    NeedsMonteCarlo,

    /// <summary>A Monte Carlo run is under way.</summary>
    MonteCarlo,
}

/// <summary>What is known of one lane's off_manifold curve: <see cref="Values"/>[t] for t = 0..L (null: not known).</summary>
internal sealed record LaneCurve(OffManifoldCurve Curve, IReadOnlyList<OffManifoldValue?> Values, CurvePhase Phase, double Progress)
{
    public OffManifoldValue? At(int t) => t >= 0 && t < Values.Count ? Values[t] : null;

    public bool Pending => Phase is CurvePhase.Computing or CurvePhase.MonteCarlo;
}

/// <summary>The off_manifold curves of a session's lanes, as far as the background computation has got.</summary>
internal sealed record CurveSet(IReadOnlyList<LaneCurve> Lanes, long Generation)
{
    public static CurveSet Empty { get; } = new([], 0);

    /// <summary>Whether this set describes the curves of <paramref name="snapshot"/>'s lanes.</summary>
    public bool Matches(SessionSnapshot snapshot)
    {
        // Asked for every t of every lane when a frame is drawn: a plain loop, no allocation.
        if (snapshot.Lanes.Count != Lanes.Count)
        {
            return false;
        }

        for (var i = 0; i < Lanes.Count; i++)
        {
            if (!ReferenceEquals(snapshot.Lanes[i].OffManifold, Lanes[i].Curve))
            {
                return false;
            }
        }

        return true;
    }

    public LaneCurve? For(int lane) => lane >= 0 && lane < Lanes.Count ? Lanes[lane] : null;

    public bool AnyPending => Lanes.Any(l => l.Pending);

    public bool AnyNeedsMonteCarlo => Lanes.Any(l => l.Phase == CurvePhase.NeedsMonteCarlo);
}

/// <summary>
/// Computes every lane's off_manifold for t = 1..L off the UI thread: exact dynamic programming first,
/// then Monte Carlo (the same number of runs as `ardiv run`, so the same numbers) for lanes whose exact
/// state space is over the limit. The curves are thread-safe and only gain information, so this runs
/// beside the session worker. Cancellable; progress is published to the UI thread at most every 100 ms.
/// </summary>
internal sealed class CurveWorker : IDisposable
{
    private readonly IUiThread _ui;
    private readonly Func<long> _now;
    private readonly int _samples;
    private readonly object _gate = new();
    private CancellationTokenSource? _cancellation;
    private Task _task = Task.CompletedTask;
    private long _generation;

    public CurveWorker(IUiThread ui, int samples, Func<long> now)
    {
        _now = now;
        _ui = ui;
        _samples = samples;
    }

    /// <summary>Starts over for these curves (cancelling any run); returns the generation its results carry.</summary>
    public long Start(IReadOnlyList<OffManifoldCurve> curves, int length, bool monteCarlo, Action<CurveSet> publish)
    {
        ArgumentNullException.ThrowIfNull(curves);
        ArgumentNullException.ThrowIfNull(publish);
        lock (_gate)
        {
            _cancellation?.Cancel();
            var cancellation = new CancellationTokenSource();
            _cancellation = cancellation;
            var generation = ++_generation;
            var previous = _task;
            _task = Task.Run(() =>
            {
                previous.Wait(CancellationToken.None);
                Run(generation, curves, length, monteCarlo, publish, cancellation.Token);
            });
            return generation;
        }
    }

    /// <summary>The generation of the latest <see cref="Start"/>.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public void Cancel()
    {
        lock (_gate)
        {
            _cancellation?.Cancel();
        }
    }

    public bool WaitIdle(TimeSpan timeout)
    {
        Task task;
        lock (_gate)
        {
            task = _task;
        }

        return task.Wait(timeout);
    }

    public void Dispose()
    {
        Cancel();
        WaitIdle(TimeSpan.FromSeconds(5));
    }

    private void Run(long generation, IReadOnlyList<OffManifoldCurve> curves, int length, bool monteCarlo, Action<CurveSet> publish, CancellationToken cancellation)
    {
        var n = curves.Count;
        var values = new OffManifoldValue?[n][];
        var phases = new CurvePhase[n];
        var progress = new double[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = new OffManifoldValue?[length + 1];
            values[i][0] = new OffManifoldValue(0, true, null, 0);
        }

        var publishGate = new object();
        long lastPublish = 0;
        void Publish(bool force)
        {
            lock (publishGate)
            {
                var now = _now();
                if (!force && now - lastPublish < 100)
                {
                    return;
                }

                lastPublish = now;
                var set = new CurveSet(
                    [.. Enumerable.Range(0, n).Select(i => new LaneCurve(curves[i], [.. values[i]], phases[i], progress[i]))],
                    generation);
                _ui.Post(() => publish(set));
            }
        }

        try
        {
            for (var i = 0; i < n; i++)
            {
                for (var t = 1; t <= length; t++)
                {
                    cancellation.ThrowIfCancellationRequested();
                    var value = curves[i].At(t, cancellation);
                    if (value is null)
                    {
                        phases[i] = CurvePhase.NeedsMonteCarlo;
                        break;
                    }

                    values[i][t] = value;
                    progress[i] = (double)t / length;
                    Publish(false);
                }

                if (phases[i] == CurvePhase.Computing)
                {
                    phases[i] = CurvePhase.Done;
                }
            }

            Publish(true);
            if (!monteCarlo)
            {
                return;
            }

            for (var i = 0; i < n; i++)
            {
                if (phases[i] != CurvePhase.NeedsMonteCarlo)
                {
                    continue;
                }

                phases[i] = CurvePhase.MonteCarlo;
                progress[i] = 0;
                Publish(true);
                var lane = i;
                curves[i].RunMonteCarlo(_samples, new FractionProgress(f =>
                {
                    progress[lane] = f;
                    Publish(false);
                }), cancellation);
                for (var t = 1; t <= length; t++)
                {
                    values[i][t] = curves[i].At(t, cancellation);
                }

                phases[i] = CurvePhase.Done;
                Publish(true);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException || ex.InnerException is OperationCanceledException || !IsFatal(ex))
        {
            // Cancelled, or failed (a limit, a bug): what is known stays, the rest can be asked for again
            // with m. The task must never fault, or every later Start would fail waiting for it.
            for (var i = 0; i < n; i++)
            {
                if (phases[i] is CurvePhase.Computing or CurvePhase.MonteCarlo)
                {
                    phases[i] = CurvePhase.NeedsMonteCarlo;
                }
            }

            Publish(true);
        }
    }

    private static bool IsFatal(Exception ex) => ex is OutOfMemoryException or StackOverflowException or AccessViolationException;

    private sealed class FractionProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
