using ArDivergence.Core.Metrics;
using ArDivergence.Core.Models;
using ArDivergence.Core.Scenarios.Kinds;

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

    /// <summary>The generator kinds the scenario may use (the built-in ones when null).</summary>
    public KindRegistry? Kinds { get; init; }

    /// <summary>Opens the model files of real-model lanes (none when null: a scenario with such a lane then fails to compile).</summary>
    public ILanguageModelProvider? Models { get; init; }
}
