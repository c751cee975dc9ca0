using ArDivergence.Core.Generators;
using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tasks;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Scenarios;

/// <summary>A scenario ready to run for one seed: ids assigned, task generated, models trained.</summary>
public sealed record CompiledScenario(
    ScenarioSpec Spec,
    long Seed,
    Vocabulary Vocabulary,
    IReadOnlyList<int> Prompt,
    IManifold Manifold,
    IReadOnlyList<IGenerator> Generators,
    TaskInstance? Task)
{
    /// <summary>On a text manifold: the language every lane views through its own tokens; null otherwise.</summary>
    public Text.TextLanguage? Text { get; init; }

    public string Name => Spec.Name;

    public int Length => Manifold.Length;

    public int TopK => Spec.Display.TopK;

    public IGenerator Generator(string name) =>
        Generators.FirstOrDefault(g => g.Name == name) ?? throw new KeyNotFoundException($"no lane named '{name}'");
}
