namespace ArDivergence.Core.Debugging;

/// <summary>Something the user asks the debugger to do. Commands are plain data so they can be logged and replayed.</summary>
public abstract record DebuggerCommand;

/// <summary>Make the next edit (the next token, for the shipped lanes) of every unfinished lane, or of one lane.</summary>
public sealed record StepCommand(string? Lane = null) : DebuggerCommand;

/// <summary>Undo the latest step (its whole edit): of the lanes furthest ahead in lane time, or of one lane.</summary>
public sealed record StepBackCommand(string? Lane = null) : DebuggerCommand;

/// <summary>
/// Step until a breakpoint fires or every lane (or the one lane) reaches L — or, with
/// <paramref name="MaxRounds"/>, after that many rounds of steps (how a cancelled continue is recorded,
/// so that replaying it stops where it stopped).
/// </summary>
public sealed record ContinueCommand(string? Lane = null, int? MaxRounds = null) : DebuggerCommand;

/// <summary>Back to t = 0 with the same seed.</summary>
public sealed record ResetCommand : DebuggerCommand;

/// <summary>Recompile the scenario with another seed (task prompts and n-gram training depend on it) and reset.</summary>
public sealed record SetSeedCommand(long Seed) : DebuggerCommand;

/// <summary>Add a breakpoint; its id is chosen by the session.</summary>
public sealed record AddBreakpointCommand(Specs.BreakpointKind Kind, double? Value = null, string? Token = null, string? Lane = null)
    : DebuggerCommand;

public sealed record RemoveBreakpointCommand(int Id) : DebuggerCommand;

/// <summary>
/// Intervene: lane <paramref name="Lane"/> emits <paramref name="Token"/> at position <paramref name="T"/>
/// (1..written+1); the step that wrote it and later ones are dropped and generated again from the
/// forced prefix. Only lanes that can branch (<see cref="Generators.LaneCapabilities.CanBranch"/>).
/// </summary>
public sealed record ForceTokenCommand(string Lane, int T, string Token) : DebuggerCommand
{
    /// <summary>
    /// On a lane with its own tokens (a text manifold), the id of the token meant when several show the same
    /// <see cref="Token"/> text (e.g. two bytes of one character, both shown as U+FFFD); null: the first with that text.
    /// </summary>
    public int? TokenId { get; init; }
}

/// <summary>
/// Show another recorded generation in trace lane <paramref name="Lane"/>: sample <paramref name="Index"/>
/// (0-based), or with null the one after the shown one (after the last: the first). The lane goes back to
/// t = 0; its off_manifold stays the fraction over all its samples; the other lanes are untouched. The
/// session records the sample it showed, so a replay shows the same one.
/// </summary>
public sealed record ShowTraceCommand(string Lane, int? Index = null) : DebuggerCommand;
