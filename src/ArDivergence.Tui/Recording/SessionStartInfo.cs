namespace ArDivergence.Tui.Recording;

/// <summary>What identifies a session: the scenario (path and content hash) and the options it ran with.</summary>
public sealed record SessionStartInfo(
    string ScenarioPath,
    string ScenarioHash,
    long Seed,
    IReadOnlyList<string>? Lanes,
    int? TopK);
