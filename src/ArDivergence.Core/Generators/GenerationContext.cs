using ArDivergence.Core.Manifolds;

namespace ArDivergence.Core.Generators;

/// <summary>What every generator of a compiled scenario shares: the ground truth, V, the prompt and L.</summary>
public sealed record GenerationContext(IManifold Manifold, int VocabularySize, IReadOnlyList<int> Prompt)
{
    public int Length => Manifold.Length;

    /// <summary>A lane on a text manifold: its own tokens (their text is shown instead of the scenario vocabulary's).</summary>
    public Text.TextVocabulary? TextTokens { get; init; }

    /// <summary>P' = max(P, 1): an empty prompt still costs one start position (semantics §1).</summary>
    public int PromptPositions => Math.Max(Prompt.Count, 1);
}
