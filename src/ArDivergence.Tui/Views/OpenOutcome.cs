using ArDivergence.Core.Debugging;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Recording;

namespace ArDivergence.Tui.Views;

/// <summary>What opening a scenario in the background came to: the new session, or why it failed (neither: cancelled).</summary>
internal sealed record OpenOutcome(OpenSession? Session, Exception? Error)
{
    public static OpenOutcome Cancelled { get; } = new(null, null);

    /// <summary>Opens the new session on the worker thread and ends the old one; cancelled, it ends the new one instead.</summary>
    public static OpenOutcome Open(
        ScenarioSource source, SessionOptions options, Func<SessionStartInfo, ISessionRecorder> recorders, OpenSession old, CancellationToken cancellation)
    {
        OpenSession next;
        try
        {
            next = OpenSession.Open(source, options, recorders);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new OpenOutcome(null, ex);
        }

        if (cancellation.IsCancellationRequested)
        {
            next.Driver.Dispose();
            return OpenOutcome.Cancelled;
        }

        old.Driver.Dispose();
        return new OpenOutcome(next, null);
    }
}
