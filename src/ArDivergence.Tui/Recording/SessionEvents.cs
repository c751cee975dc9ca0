namespace ArDivergence.Tui.Recording;

/// <summary>The event kinds of a session log (the <c>Event</c> property of each CLEF line).</summary>
public static class SessionEvents
{
    public const string SessionStarted = "SessionStarted";
    public const string Command = "Command";
    public const string CommandFailed = "CommandFailed";
    public const string Step = "Step";
    public const string BreakpointHit = "BreakpointHit";
    public const string Error = "Error";
    public const string SessionEnded = "SessionEnded";
}
