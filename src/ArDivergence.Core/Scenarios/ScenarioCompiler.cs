using ArDivergence.Core.Generators;
using ArDivergence.Core.Models;
using ArDivergence.Core.Scenarios.Kinds;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tasks;
using ArDivergence.Core.Text;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Scenarios;

/// <summary>
/// Compiles a validated spec for one seed: the vocabulary in first-seen order (semantics §1), the
/// task instance and prompt, the manifold, and one generator per lane (n-grams trained here).
/// </summary>
public static class ScenarioCompiler
{
    /// <param name="kinds">The generator kinds the spec may use; the built-in ones when null.</param>
    /// <param name="models">Opens the files of real-model lanes (semantics §9); throws <see cref="ModelLoadException"/> for a bad one.</param>
    public static CompiledScenario Compile(ScenarioSpec spec, long? seed = null, KindRegistry? kinds = null, ILanguageModelProvider? models = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        kinds ??= KindRegistry.BuiltIn;
        var actualSeed = seed ?? spec.Seed;
        var task = spec.Manifold is TaskManifoldSpec taskSpec ? TaskGenerator.Generate(taskSpec, actualSeed) : null;
        var promptTokens = spec.Prompt ?? task?.Prompt ?? [];
        var vocabulary = new Vocabulary(
            (spec.Vocabulary ?? [])
                .Concat(ManifoldBuilder.EmittableTokens(spec.Manifold, kinds))
                .Concat(spec.Manifold is TaskManifoldSpec t ? TaskGenerator.PromptOnlyTokens(t) : [])
                .Concat(promptTokens)
                .Concat(spec.ExtraTokens));
        var length = ManifoldBuilder.DerivedLength(spec.Manifold, kinds) ?? spec.Length
            ?? throw new InvalidOperationException("the scenario gives no length");
        var manifold = ManifoldBuilder.Build(spec.Manifold, vocabulary, length, task, kinds);
        var context = new GenerationContext(manifold, vocabulary.Count, [.. promptTokens.Select(vocabulary.IdOf)]);
        var built = new Dictionary<string, IGenerator>(StringComparer.Ordinal);
        var text = kinds.ManifoldFor(spec.Manifold) is ITextManifoldKind textKind
            ? new TextLanguage(textKind.Language(spec.Manifold), spec.PromptText ?? string.Empty, length)
            : null;
        var build = new LaneBuild(context, task, vocabulary, actualSeed, built, models) { Text = text };

        // Lanes that wrap another (mpc) last, so they wrap the very model their inner lane has (an n-gram is trained once).
        foreach (var wrapping in new[] { false, true })
        {
            foreach (var generator in spec.Generators)
            {
                var kind = kinds.For(generator);
                if (kind.WrapsAnotherLane == wrapping)
                {
                    built[generator.Name] = kind.Build(generator, build);
                }
            }
        }

        return new CompiledScenario(spec, actualSeed, vocabulary, context.Prompt, manifold, [.. spec.Generators.Select(g => built[g.Name])], task)
        {
            Text = text,
        };
    }
}
