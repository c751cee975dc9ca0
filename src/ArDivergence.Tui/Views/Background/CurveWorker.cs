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
/// Computes every lane's off_manifold for t = 1..L off the UI thread: exact dynamic programming, then
/// Monte Carlo (the same number of runs as `ardiv run`, so the same numbers) for lanes whose exact
/// state space is over the limit. Each lane runs on its own thread, so a cheap lane never waits behind
/// an expensive one: the OS shares the cores among them in small slices, and a lane's value shows as
/// soon as that lane has it. The curves are thread-safe and only gain information, so this runs beside
/// the session worker. Cancellable; see <see cref="CurveRun"/> for how results reach the UI.
/// </summary>
internal sealed class CurveWorker : IDisposable
{
    private readonly IUiThread _ui;
    private readonly int _samples;
    private readonly object _gate = new();
    private CancellationTokenSource? _cancellation;
    private Task _task = Task.CompletedTask;
    private long _generation;

    public CurveWorker(IUiThread ui, int samples)
    {
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
            var run = new CurveRun(_ui, generation, curves, length, publish);
            var samples = monteCarlo ? _samples : 0;

            // The cancelled run stops first, so two runs never compete for the cores.
            _task = _task.ContinueWith(
                _ => Task.WhenAll(Enumerable.Range(0, run.Lanes).Select(lane => Task.Factory.StartNew(
                    () => run.Compute(lane, samples, cancellation.Token),
                    CancellationToken.None,
                    TaskCreationOptions.LongRunning,
                    TaskScheduler.Default))),
                CancellationToken.None,
                TaskContinuationOptions.None,
                TaskScheduler.Default).Unwrap();
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
}
