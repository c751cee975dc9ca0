using ArDivergence.Core.Debugging;
using ArDivergence.Core.Metrics;

namespace ArDivergence.Tui.Views.Background;

/// <summary>
/// The off_manifold curves of the session on screen: started afresh for each new set of lane curves, and
/// kept as the latest <see cref="CurveSet"/> the <see cref="CurveWorker"/> published for them (older runs'
/// deliveries are ignored).
/// </summary>
internal sealed class CurveTracker : IDisposable
{
    private readonly CurveWorker _worker;
    private readonly Func<long> _now;
    private long _generation;
    private bool _disposed;

    public CurveTracker(IUiThread ui, int monteCarloSamples, Func<long> now)
    {
        _worker = new CurveWorker(ui, monteCarloSamples);
        _now = now;
    }

    /// <summary>New values arrived (UI thread).</summary>
    public event Action? Changed;

    public CurveSet Curves { get; private set; } = CurveSet.Empty;

    /// <summary>When the current computation started (for the busy line's delay).</summary>
    public long StartedAt { get; private set; }

    /// <summary>Computes the snapshot's lane curves from t = 1 (exact, then Monte Carlo where exact is out of reach).</summary>
    public void Restart(SessionSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var curves = snapshot.Lanes.Select(l => l.OffManifold).ToArray();
        StartedAt = _now();
        _generation = _worker.Start(curves, snapshot.Length, true, set =>
        {
            if (set.Generation == _generation && !_disposed)
            {
                Curves = set;
                Changed?.Invoke();
            }
        });
        Curves = new CurveSet(
            [.. curves.Select(c => new LaneCurve(c, new OffManifoldValue?[snapshot.Length + 1], CurvePhase.Computing, 0))],
            _generation);
    }

    public void Cancel() => _worker.Cancel();

    public bool WaitIdle(TimeSpan timeout) => _worker.WaitIdle(timeout);

    public void Dispose()
    {
        _disposed = true;
        _worker.Cancel();
        _worker.Dispose();
    }
}
