using ArDivergence.Core.Metrics;

namespace ArDivergence.Core.Debugging;

/// <summary>Knobs of a session that are not part of the scenario.</summary>
public sealed record SessionOptions
{
    /// <summary>Seed override (the scenario's own seed when null).</summary>
    public long? Seed { get; init; }

    /// <summary>How many alternatives each step lists (the scenario's display.top_k when null).</summary>
    public int? TopK { get; init; }

    /// <summary>The state-space limit of exact off_manifold dynamic programming.</summary>
    public int MaxExactStates { get; init; } = ExactOffManifold.DefaultMaxStates;

    /// <summary>Only these lanes (all when null).</summary>
    public IReadOnlyList<string>? Lanes { get; init; }
}
