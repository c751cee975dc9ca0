using ArDivergence.Core.Debugging;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Recording;

namespace ArDivergence.Tui.Views;

/// <summary>How the terminal debugger starts.</summary>
/// <param name="Source">The scenario to open (the verb resolves and validates it first).</param>
/// <param name="Seed">Seed override, or null for the scenario's own.</param>
/// <param name="RecorderFactory">Makes the recorder of each session the UI opens (one per scenario opened).</param>
/// <param name="InitialCommands">Commands applied before the first frame (replay --tui opens a session at its last state).</param>
public sealed record TuiLaunch(
    ScenarioSource Source,
    long? Seed,
    Func<SessionStartInfo, ISessionRecorder> RecorderFactory,
    IReadOnlyList<DebuggerCommand> InitialCommands)
{
    /// <summary>`--model LANE=PATH` overrides for the first scenario's real-model lanes.</summary>
    public IReadOnlyList<string> Models { get; init; } = [];
}
