using ArDivergence.Core.Debugging;

namespace ArDivergence.Tui.Views;

/// <summary>The message line's text and what kind of news it is.</summary>
internal sealed record StatusMessage(string Text, MessageKind Kind)
{
    /// <summary>The first message of a session: a recording problem, the session's own news, where it records, or how to start.</summary>
    public static StatusMessage Greeting(OpenSession session)
    {
        if (session.RecordingWarning is { } warning)
        {
            return new StatusMessage($"recording: {warning}", MessageKind.Warning);
        }

        if (session.Snapshot.Message is { } message)
        {
            return new StatusMessage(message, session.Snapshot.Hit is null ? MessageKind.Info : MessageKind.Hit);
        }

        return session.RecordingLocation is { } location
            ? new StatusMessage($"recording to {location}", MessageKind.Info)
            : new StatusMessage("n or F10 steps, c continues, ? shows every key", MessageKind.Info);
    }

    /// <summary>The news a command's snapshot brings: a breakpoint hit, the session's message (a warning when nothing changed), or the end reached; null: nothing to say.</summary>
    public static StatusMessage? After(DebuggerCommand command, SessionSnapshot before, SessionSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Hit is { } hit)
        {
            return new StatusMessage("■ " + hit.Describe(), MessageKind.Hit);
        }

        if (snapshot.Message is { } text)
        {
            return new StatusMessage(text, snapshot.Version == before.Version ? MessageKind.Warning : MessageKind.Info);
        }

        return command is StepCommand && before.Finished
            ? new StatusMessage($"every lane is at t = L = {snapshot.Length}: b steps back, r resets", MessageKind.Info)
            : null;
    }
}
