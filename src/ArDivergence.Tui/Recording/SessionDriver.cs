using ArDivergence.Core;
using ArDivergence.Core.Debugging;

namespace ArDivergence.Tui.Recording;

/// <summary>
/// The one way the terminal UI and the headless verbs drive a <see cref="DebuggerSession"/>: every
/// command goes through here, so every command is recorded the same way. A command that cannot apply
/// comes back as a snapshot with a message, never as an exception.
/// </summary>
public sealed class SessionDriver : IDisposable
{
    private readonly DebuggerSession _session;
    private readonly ISessionRecorder _recorder;
    private bool _ended;

    public SessionDriver(DebuggerSession session, SessionStartInfo info, ISessionRecorder? recorder = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        _session = session;
        _recorder = recorder ?? NullSessionRecorder.Instance;
        Info = info;
        _recorder.SessionStarted(info, session.Snapshot);
    }

    public SessionStartInfo Info { get; }

    public SessionSnapshot Snapshot => _session.Snapshot;

    public ISessionRecorder Recorder => _recorder;

    public DebuggerSession Session => _session;

    /// <summary>Why the last command could not apply, or null when it did.</summary>
    public string? LastFailure { get; private set; }

    /// <summary>Runs a command; an invalid one leaves the session as it was and says why in the snapshot's message.</summary>
    public SessionSnapshot Execute(DebuggerCommand command, IProgress<int>? progress = null, CancellationToken cancellation = default)
    {
        var before = _session.Snapshot;
        LastFailure = null;
        try
        {
            var after = _session.Execute(command, progress, cancellation);

            // Record the command as it ran (a cancelled continue comes back bounded), so a replay does the same.
            _recorder.CommandExecuted(after.Executed ?? command, before, after);
            return after;
        }
        catch (Exception ex) when (ex is InvalidCommandException or ScenarioLimitException or OperationCanceledException)
        {
            _recorder.CommandFailed(command, ex.Message);
            LastFailure = ex.Message;
            return before with { Message = ex.Message, Hit = null };
        }
    }

    /// <summary>Ends the recording (idempotent).</summary>
    public void End()
    {
        if (_ended)
        {
            return;
        }

        _ended = true;
        _recorder.SessionEnded(_session.Snapshot);
    }

    public void Dispose()
    {
        End();
        _recorder.Dispose();
    }
}
