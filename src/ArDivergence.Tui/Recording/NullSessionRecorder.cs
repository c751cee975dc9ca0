using ArDivergence.Core.Debugging;

namespace ArDivergence.Tui.Recording;

/// <summary>
/// Records nothing: <c>--no-log</c> and tests use <see cref="Instance"/>; a session that could not be
/// recorded gets one with a warning that says why.
/// </summary>
public sealed class NullSessionRecorder(string? warning = null) : ISessionRecorder
{
    public static NullSessionRecorder Instance { get; } = new();

    public string? Location => null;

    public string? Warning { get; } = warning;

    public void SessionStarted(SessionStartInfo info, SessionSnapshot initial)
    {
    }

    public void CommandExecuted(DebuggerCommand command, SessionSnapshot before, SessionSnapshot after)
    {
    }

    public void CommandFailed(DebuggerCommand command, string message)
    {
    }

    public void Error(string message)
    {
    }

    public void SessionEnded(SessionSnapshot last)
    {
    }

    public void Dispose()
    {
    }
}
