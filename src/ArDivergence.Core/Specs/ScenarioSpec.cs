namespace ArDivergence.Core.Specs;

/// <summary>A scenario as its author wrote it: tokens are still strings, nothing is derived yet.</summary>
public sealed record ScenarioSpec
{
    public required string Name { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public long Seed { get; init; }

    /// <summary>Generated tokens; null when the manifold derives it (sequences, tasks).</summary>
    public int? Length { get; init; }

    /// <summary>Null when the file gives no prompt (tasks generate theirs).</summary>
    public IReadOnlyList<string>? Prompt { get; init; }

    /// <summary>The prompt of a text scenario (semantics §8): raw text each lane tokenizes itself; null elsewhere.</summary>
    public string? PromptText { get; init; }

    public IReadOnlyList<string>? Vocabulary { get; init; }
    public IReadOnlyList<string> ExtraTokens { get; init; } = [];
    public required ManifoldSpec Manifold { get; init; }
    public required IReadOnlyList<GeneratorSpec> Generators { get; init; }
    public IReadOnlyList<BreakpointSpec> Breakpoints { get; init; } = [];
    public DisplaySpec Display { get; init; } = new();
}
