namespace ArDivergence.Core.Debugging;

/// <summary>Something the user asks the debugger to do. Commands are plain data so they can be logged and replayed.</summary>
public abstract record DebuggerCommand;

/// <summary>Generate the next token of every unfinished lane, or of one lane.</summary>
public sealed record StepCommand(string? Lane = null) : DebuggerCommand;

/// <summary>Undo the latest step: of the lanes furthest ahead, or of one lane.</summary>
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
/// Intervene: lane <paramref name="Lane"/> emits <paramref name="Token"/> at step <paramref name="T"/>
/// (1..current+1); later steps are dropped and generated again from the forced prefix.
/// </summary>
public sealed record ForceTokenCommand(string Lane, int T, string Token) : DebuggerCommand;
