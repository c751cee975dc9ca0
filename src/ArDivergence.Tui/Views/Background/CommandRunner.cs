namespace ArDivergence.Tui.Views.Background;

/// <summary>
/// Hands typed jobs to the <see cref="SessionWorker"/> and counts those whose result is not applied yet:
/// while any is, keys wait (type-ahead), and <see cref="Settled"/> says when one more is done (applied or
/// cancelled) so the waiting keys can act.
/// </summary>
internal sealed class CommandRunner : IDisposable
{
    private readonly SessionWorker _worker;
    private int _unsettled;

    public CommandRunner(IUiThread ui, Func<long> now)
    {
        _worker = new SessionWorker(ui, now);
    }

    /// <summary>A job's result was applied, or it was cancelled (UI thread).</summary>
    public event Action? Settled;

    /// <summary>Jobs are queued or running.</summary>
    public bool IsBusy => _worker.IsBusy;

    /// <summary>A long job (continue, seed, open) is queued or running.</summary>
    public bool IsRunningLong => _worker.IsRunningLong;

    /// <summary>Some job's result is still to be applied on the UI thread.</summary>
    public bool HasUnsettled => _unsettled > 0;

    /// <summary>The job running now, or null.</summary>
    public WorkerJob? Current => _worker.Current;

    public void Submit<T>(string label, bool isLong, Func<CancellationToken, ProgressBox, T> work, Action<T> done)
    {
        _unsettled++;
        _worker.Enqueue(new WorkerJob<T>(label, isLong, work, done) { Settled = OnSettled });
    }

    public void CancelAll() => _worker.CancelAll();

    public bool WaitIdle(TimeSpan timeout) => _worker.WaitIdle(timeout);

    public void Dispose() => _worker.Dispose();

    private void OnSettled()
    {
        _unsettled--;
        Settled?.Invoke();
    }
}
