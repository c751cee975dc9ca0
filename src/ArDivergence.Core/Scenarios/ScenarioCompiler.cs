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
        var generators = new List<IGenerator>();
        foreach (var generator in spec.Generators)
        {
            generators.Add(Build(generator, spec, context, task, vocabulary, actualSeed, generators));
        }

        return new CompiledScenario(spec, actualSeed, vocabulary, context.Prompt, manifold, generators, task);
    }

    private static IGenerator Build(
        GeneratorSpec generator,
        ScenarioSpec spec,
        GenerationContext context,
        TaskInstance? task,
        Vocabulary vocabulary,
        long seed,
        IReadOnlyList<IGenerator> built)
    {
        switch (generator)
        {
            case AutoregressiveGeneratorSpec ar:
                return new AutoregressiveGenerator(
                    ar.Name, context, Model(ar.Model, ar.Name, context, task, vocabulary, seed), ComputeConfig.From(ar.Compute));
            case NonAutoregressiveGeneratorSpec nar:
                return PlanningGenerator.OneShot(nar.Name, context, OneShot(nar.Model, context), ComputeConfig.From(nar.Compute));
            case MpcGeneratorSpec mpc:
                var innerSpec = spec.Generators.First(g => g.Name == mpc.Inner);
                var inner = InnerModel(innerSpec, spec, context, task, vocabulary, seed, built);
                var innerCompute = innerSpec switch
                {
                    AutoregressiveGeneratorSpec a => ComputeConfig.From(a.Compute),
                    NonAutoregressiveGeneratorSpec n => ComputeConfig.From(n.Compute),
                    _ => throw new InvalidOperationException($"mpc '{mpc.Name}' cannot wrap '{mpc.Inner}'"),
                };
                return PlanningGenerator.Mpc(mpc.Name, context, inner, innerCompute, mpc.Commit, mpc.Horizon, mpc.PrefixCache);
            default:
                throw new ArgumentOutOfRangeException(nameof(generator), generator, "unknown generator kind");
        }
    }

    /// <summary>The inner lane's own model instance when it is built already (an n-gram is trained once).</summary>
    private static IOneShotModel InnerModel(
        GeneratorSpec innerSpec,
        ScenarioSpec spec,
        GenerationContext context,
        TaskInstance? task,
        Vocabulary vocabulary,
        long seed,
        IReadOnlyList<IGenerator> built)
    {
        var existing = built.FirstOrDefault(g => g.Name == innerSpec.Name);
        return (innerSpec, existing) switch
        {
            (AutoregressiveGeneratorSpec, AutoregressiveGenerator ar) => new AutoregressivePlanner(context, ar.Model),
            (AutoregressiveGeneratorSpec ar, _) => new AutoregressivePlanner(
                context, Model(ar.Model, ar.Name, context, task, vocabulary, seed)),
            (NonAutoregressiveGeneratorSpec nar, _) => OneShot(nar.Model, context),
            _ => throw new InvalidOperationException($"'{innerSpec.Name}' cannot be wrapped by mpc in '{spec.Name}'"),
        };
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
