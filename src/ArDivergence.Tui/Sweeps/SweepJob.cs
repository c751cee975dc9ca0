using ArDivergence.Tui.Verbs;

namespace ArDivergence.Tui.Sweeps;

/// <summary>Everything a sweep run needs: the scenario's text, its points, how to estimate each.</summary>
/// <param name="Text">The scenario file's text; every point is this text with its overrides.</param>
/// <param name="DisplayName">How diagnostics name the file.</param>
/// <param name="Threads">Points computed at once (default: the machine's cores); results do not depend on it.</param>
internal sealed record SweepJob(
    string Text,
    string DisplayName,
    SweepGrid Grid,
    SweepShard Shard,
    SweepMethod Method,
    int Samples,
    int? Threads,
    SweepFormat Format);
