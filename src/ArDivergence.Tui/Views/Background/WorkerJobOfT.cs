namespace ArDivergence.Tui.Views.Background;

/// <summary>A job whose result has a type: the work's <typeparamref name="T"/> goes to <c>done</c> on the UI thread as it is, no cast.</summary>
internal sealed class WorkerJob<T>(string label, bool isLong, Func<CancellationToken, ProgressBox, T> work, Action<T> done)
    : WorkerJob(label, isLong)
{
    public override Action Run(ProgressBox progress, CancellationToken cancellation)
    {
        var result = work(cancellation, progress);
        return () => done(result);
    }
}
