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
    public string TokenText(int token) => token < Scenario.Vocabulary.Count ? Scenario.Vocabulary[token] : OutsideVocabularyText;

    /// <summary>How a real model's token outside the scenario's vocabulary is shown.</summary>
    public const string OutsideVocabularyText = "<not in V>";

    /// <summary>A token of one lane: its own tokenizer's text on a text manifold, else the scenario vocabulary's.</summary>
    public string TokenText(string lane, int token) =>
        Scenario.Generator(lane).Context.TextTokens is { } own ? own.Text(token) : TokenText(token);
}
