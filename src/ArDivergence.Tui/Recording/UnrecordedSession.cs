using ArDivergence.Core.Debugging;

namespace ArDivergence.Tui.Recording;

/// <summary>A session that could not be recorded: records nothing and says why, once, as a warning.</summary>
public sealed class UnrecordedSession(string warning) : ISessionRecorder
{
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
