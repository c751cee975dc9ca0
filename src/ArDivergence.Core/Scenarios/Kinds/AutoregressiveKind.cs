using ArDivergence.Core.Compute;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Models;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tasks;
using static ArDivergence.Core.Scenarios.SpecText;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary><c>kind: autoregressive</c>: one model call per token (noisy_oracle, ngram or clever_hans).</summary>
public sealed class AutoregressiveKind : GeneratorKindDescriptor<AutoregressiveGeneratorSpec>
{
    public override GeneratorKind Kind => GeneratorKind.Autoregressive;

    public override bool CanBeWrapped => true;

    protected override void Validate(AutoregressiveGeneratorSpec spec, GeneratorCheck check)
    {
        if (spec.Model is CleverHansModelSpec && check.Scenario.Manifold is not PathStarTaskSpec)
        {
            check.Report(".model.kind", $"clever_hans only works on the path_star task (it exploits the star's shape), not on a {check.ManifoldDescription}");
        }

        if (spec.Model is NgramModelSpec { TrainSamples: > ScenarioValidator.MaxTrainSamples } ngram)
        {
            check.Report(".model.train_samples", Invariant($"train_samples = {ngram.TrainSamples:N0} is over the limit of {ScenarioValidator.MaxTrainSamples:N0}"));
        }

        ComputeChecks.Check(spec.Compute, check);
    }

    /// <summary>An n-gram's context must fit in 128 bits; the training budget all n-grams share is <see cref="CostLimits"/>'.</summary>
    protected override void CheckCost(AutoregressiveGeneratorSpec spec, LaneCost cost)
    {
        if (spec.Model is NgramModelSpec ngram && cost.VocabularySize is { } size
            && NgramContextBits(ngram.Order, size) >= ScenarioValidator.MaxNgramContextBits)
        {
            cost.Report(".model.order", Invariant(
                $"an ngram of order {ngram.Order:N0} over {size:N0} tokens needs {NgramContextBits(ngram.Order, size):N0} bits of context ((order − 1)·log2(|V| + 1)), over the limit of {ScenarioValidator.MaxNgramContextBits}; the largest order here is {LargestNgramOrder(size)}"));
        }
    }

    protected override bool ReadsText(AutoregressiveGeneratorSpec spec) => spec.Model.ReadsText;

    protected override IGenerator Build(AutoregressiveGeneratorSpec spec, LaneBuild build)
    {
        if (spec.Model is GgufModelSpec gguf)
        {
            // On a text manifold the lane's context is its own tokens' view of the language (semantics §8).
            var setup = GgufLanes.Setup(gguf, spec.Name, spec.Chat, build, out var context);
            return new LanguageModelLane(spec.Name, context, setup);
        }

        return new AutoregressiveGenerator(spec.Name, build.Context, Model(spec.Model, spec.Name, build), ComputeConfig.From(spec.Compute))
        {
            Verifier = spec.Verifier is { } verifier ? new Verifier(verifier.Detect, verifier.FalseAlarm, verifier.Retries) : null,
        };
    }

    private static IAutoregressiveModel Model(AutoregressiveModelSpec model, string laneName, LaneBuild build)
    {
        var context = build.Context;
        return model switch
        {
            NoisyOracleModelSpec oracle => new NoisyOracleModel(context, ErrorSchedule.From(oracle.Error, context.Length), oracle.Noise, oracle.AfterError),
            NgramModelSpec ngram => NgramModel.Train(
                context, ngram.Order, ngram.TrainSamples, ngram.Smoothing, StreamKeys.ForTraining(build.Seed, laneName)),
            CleverHansModelSpec => new CleverHansModel(
                context.VocabularySize,
                build.Task as PathStarInstance ?? throw new InvalidOperationException("clever_hans needs a path_star task"),
                build.Vocabulary.IdOf),
            _ => throw new ArgumentOutOfRangeException(nameof(model), model, "unknown autoregressive model"),
        };
    }

    /// <summary>(order − 1)·log2(|V| + 1), the bits NgramContext needs.</summary>
    private static double NgramContextBits(int order, int vocabularySize) => Math.Log2(vocabularySize + 1.0) * (order - 1);

    private static int LargestNgramOrder(int vocabularySize)
    {
        var order = 1;
        while (NgramContextBits(order + 1, vocabularySize) < ScenarioValidator.MaxNgramContextBits)
        {
            order++;
        }

        return order;
    }
}
