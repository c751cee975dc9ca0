using ArDivergence.Core.Scenarios;

namespace ArDivergence.Core.Debugging;

/// <summary>The whole debugger at one moment: what every view draws and what every verb prints.</summary>
public sealed record SessionSnapshot(
    CompiledScenario Scenario,
    IReadOnlyList<LaneSnapshot> Lanes,
    IReadOnlyList<Breakpoint> Breakpoints,
    BreakpointHit? Hit,
    string? Message,
    long Version)
{
    /// <summary>
    /// The command that made this snapshot as it actually ran — what a recording must keep to replay it
    /// (a cancelled continue comes back bounded by the rounds it made); null for the initial snapshot.
    /// </summary>
    public DebuggerCommand? Executed { get; init; }

    public long Seed => Scenario.Seed;

    public int Length => Scenario.Length;

    /// <summary>The furthest any lane has got, in lane time (steps taken).</summary>
    public int T => Lanes.Count == 0 ? 0 : Lanes.Max(l => l.T);

    public bool Finished => Lanes.All(l => l.Finished);

    public LaneSnapshot Lane(string name) =>
        Lanes.FirstOrDefault(l => l.Name == name) ?? throw new KeyNotFoundException($"no lane named '{name}'");

    /// <summary>A token of the scenario vocabulary; a real model's token outside V (never valid on a token manifold) shows as <see cref="OutsideVocabularyText"/>.</summary>
    /// <remarks>On a text manifold the scenario vocabulary is empty: a lane's token needs <see cref="TokenText(string, int)"/>.</remarks>
    public string TokenText(int token) => LaneTokens.ScenarioText(Scenario, token);

    /// <summary>How a real model's token outside the scenario's vocabulary is shown.</summary>
    public const string OutsideVocabularyText = LaneTokens.OutsideVocabularyText;

    /// <summary>A token of one lane: its own tokenizer's text on a text manifold, else the scenario vocabulary's.</summary>
    public string TokenText(string lane, int token) => LaneTokens.Text(Scenario, lane, token);

    /// <summary>Whether a token breakpoint or a force may name <paramref name="text"/>: a token of the scenario or of a lane's own tokenizer.</summary>
    public bool IsToken(string text, string? lane = null) => LaneTokens.IsToken(Scenario, text, lane);
}
