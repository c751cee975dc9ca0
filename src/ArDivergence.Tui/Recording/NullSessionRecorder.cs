using ArDivergence.Core.Debugging;

namespace ArDivergence.Tui.Recording;

/// <summary>Records nothing (<c>--no-log</c>, and tests).</summary>
public sealed class NullSessionRecorder : ISessionRecorder
{
    public static NullSessionRecorder Instance { get; } = new();

    public string? Location => null;

    public string? Warning => null;

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
