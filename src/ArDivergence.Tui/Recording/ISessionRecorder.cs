using ArDivergence.Core.Debugging;

namespace ArDivergence.Tui.Recording;

/// <summary>
/// Observes a debugging session from outside the core: what was asked and what came out. The terminal
/// UI and the `run` verb both drive the core through <see cref="SessionDriver"/>, which calls this.
/// Implementations never throw: a failing log must not stop the debugger.
/// </summary>
public interface ISessionRecorder : IDisposable
{
    /// <summary>Where the session is recorded (shown to the user), or null when it is not.</summary>
    string? Location { get; }

    /// <summary>A problem with recording the user should see (e.g. an unwritable folder), or null.</summary>
    string? Warning { get; }

    void SessionStarted(SessionStartInfo info, SessionSnapshot initial);

    void CommandExecuted(DebuggerCommand command, SessionSnapshot before, SessionSnapshot after);

    void CommandFailed(DebuggerCommand command, string message);

    void Error(string message);

    void SessionEnded(SessionSnapshot last);
}
