namespace ArDivergence.Tui.Views.Background;

/// <summary>
/// A unit of session work: <see cref="Run"/> runs on the worker thread and returns what is left to do on
/// the UI thread (the typed result handed to its handler, see <see cref="WorkerJob{T}"/>);
/// <see cref="Settled"/> runs there after it, or alone when the job was cancelled.
/// </summary>
internal abstract class WorkerJob(string label, bool isLong)
{
    public string Label { get; } = label;

    /// <summary>A job that may run for long (continue, opening a scenario): other commands are refused meanwhile.</summary>
    public bool IsLong { get; } = isLong;

    /// <summary>Runs on the UI thread once the job is over, whatever became of it (done or cancelled).</summary>
    public Action? Settled { get; init; }

    public CancellationTokenSource Cancellation { get; } = new();

    public ProgressBox Progress { get; } = new();

    public long StartedAt { get; set; }

    /// <summary>Does the work (worker thread); the action returned applies its result (UI thread).</summary>
    public abstract Action Run(ProgressBox progress, CancellationToken cancellation);
}
