using ArDivergence.Core.Compute;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tasks;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Scenarios;

/// <summary>
/// Compiles a validated spec for one seed: the vocabulary in first-seen order (semantics §1), the
/// task instance and prompt, the manifold, and one generator per lane (n-grams trained here).
/// </summary>
public static class ScenarioCompiler
{
    public static CompiledScenario Compile(ScenarioSpec spec, long? seed = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var actualSeed = seed ?? spec.Seed;
        var task = spec.Manifold is TaskManifoldSpec taskSpec ? TaskGenerator.Generate(taskSpec, actualSeed) : null;
        var promptTokens = spec.Prompt ?? task?.Prompt ?? [];
        var vocabulary = new Vocabulary(
            (spec.Vocabulary ?? [])
                .Concat(ManifoldBuilder.EmittableTokens(spec.Manifold))
                .Concat(spec.Manifold is TaskManifoldSpec t ? TaskGenerator.PromptOnlyTokens(t) : [])
                .Concat(promptTokens)
                .Concat(spec.ExtraTokens));
        var length = ManifoldBuilder.DerivedLength(spec.Manifold) ?? spec.Length
            ?? throw new InvalidOperationException("the scenario gives no length");
        var manifold = ManifoldBuilder.Build(spec.Manifold, vocabulary, length, task);
        var context = new GenerationContext(manifold, vocabulary.Count, [.. promptTokens.Select(vocabulary.IdOf)]);
        // Every lane but mpc first, so an mpc lane wraps the very model its inner lane has (an n-gram is trained once).
        var built = spec.Generators
            .Where(g => g is not MpcGeneratorSpec)
            .ToDictionary(g => g.Name, g => Build(g, context, task, vocabulary, actualSeed), StringComparer.Ordinal);
        foreach (var mpc in spec.Generators.OfType<MpcGeneratorSpec>())
        {
            built[mpc.Name] = Wrap(mpc, built[mpc.Inner], context);
        }

        return new CompiledScenario(spec, actualSeed, vocabulary, context.Prompt, manifold, [.. spec.Generators.Select(g => built[g.Name])], task);
    }

    private static IGenerator Build(GeneratorSpec generator, GenerationContext context, TaskInstance? task, Vocabulary vocabulary, long seed) =>
        generator switch
        {
            AutoregressiveGeneratorSpec ar => new AutoregressiveGenerator(
                ar.Name, context, Model(ar.Model, ar.Name, context, task, vocabulary, seed), ComputeConfig.From(ar.Compute)),
            NonAutoregressiveGeneratorSpec nar =>
                PlanningGenerator.OneShot(nar.Name, context, OneShot(nar.Model, context), ComputeConfig.From(nar.Compute)),
            _ => throw new ArgumentOutOfRangeException(nameof(generator), generator, "unknown generator kind"),
        };

    /// <summary>An mpc lane around an inner lane's model, priced by the inner lane's compute settings.</summary>
    private static PlanningGenerator Wrap(MpcGeneratorSpec mpc, IGenerator inner, GenerationContext context)
    {
        IOneShotModel model = inner switch
        {
            AutoregressiveGenerator ar => new AutoregressivePlanner(context, ar.Model),
            PlanningGenerator { Kind: GeneratorKind.NonAutoregressive } oneShot => oneShot.Model,
            _ => throw new InvalidOperationException($"mpc '{mpc.Name}' cannot wrap '{mpc.Inner}'"),
        };
        return PlanningGenerator.Mpc(mpc.Name, context, model, inner.Compute, mpc.Commit, mpc.Horizon, mpc.PrefixCache);
    }

    private static IAutoregressiveModel Model(
        AutoregressiveModelSpec model, string laneName, GenerationContext context, TaskInstance? task, Vocabulary vocabulary, long seed) =>
        model switch
        {
            NoisyOracleModelSpec oracle => new NoisyOracleModel(context, ErrorSchedule.From(oracle.Error, context.Length), oracle.Noise),
            NgramModelSpec ngram => NgramModel.Train(
                context, ngram.Order, ngram.TrainSamples, ngram.Smoothing, StreamKeys.ForTraining(seed, laneName)),
            CleverHansModelSpec => new CleverHansModel(
                context.VocabularySize,
                task as PathStarInstance ?? throw new InvalidOperationException("clever_hans needs a path_star task"),
                vocabulary.IdOf),
            _ => throw new ArgumentOutOfRangeException(nameof(model), model, "unknown autoregressive model"),
        };

    private static IOneShotModel OneShot(OneShotModelSpec model, GenerationContext context) => model switch
    {
        FactorizedModelSpec factorized => new FactorizedModel(context, ErrorSchedule.From(factorized.Error, context.Length)),
        JointModelSpec joint => new JointModel(context, joint.SequenceError, joint.Conditioning),
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, "unknown one-shot model"),
    };
}
