using ArDivergence.Core.Scenarios.Kinds;
using ArDivergence.Core.Specs;
using static ArDivergence.Core.Scenarios.ScenarioValidator;
using static ArDivergence.Core.Scenarios.SpecText;

namespace ArDivergence.Core.Scenarios;

/// <summary>
/// Bounds on what compiling and running the scenario will cost: the shared ones (state space, padded
/// sequences, dyck stack numbers, the n-grams' training budget) here, each lane's own through its kind's
/// <see cref="IGeneratorKind.CheckCost"/>. The limits themselves are <see cref="ScenarioValidator"/>'s constants.
/// </summary>
internal sealed class CostLimits(ValidationRun run)
{
    /// <summary>
    /// Bounds on what compiling and running the scenario will cost, checked once the parts they need (L, the
    /// manifold, the vocabulary) are sound: a broken part gets its own message, not a limit computed from it.
    /// </summary>
    public void Check()
    {
        if (run.EffectiveLength is not (>= 1 and <= MaxLength) || run.Emitted is null || run.Problems.Count > 0)
        {
            return;
        }

        var length = run.EffectiveLength.Value;
        var lengthPath = run.Spec.Length is null ? "manifold" : "length";
        var kind = run.ManifoldKind!;
        var statesName = kind.StatesName;
        // A kind that bounds its own state space (sequences: by the padded tokens it stores) says so by bounded.
        if (kind.StatesAtOnePosition(run.Spec.Manifold, length, new ManifoldCheck(run), out var bounded) is not { } perPosition)
        {
            return;
        }

        var states = (long?)perPosition;
        if (!bounded && (double)perPosition * length * run.Spec.Generators.Count > MaxStateSpace)
        {
            var lanes = run.Spec.Generators.Count;
            run.Add(lengthPath, Invariant(
                $"the state space is {length:N0} positions × {perPosition:N0} {statesName} × {lanes} lane{(lanes == 1 ? "" : "s")} = {(double)perPosition * length * lanes:N0}, over the limit of {MaxStateSpace:N0}; use a shorter length, a smaller manifold or fewer lanes"));
        }

        var vocabularySize = run.Vocabulary()?.Count;
        for (var i = 0; i < run.Spec.Generators.Count; i++)
        {
            var generator = run.Spec.Generators[i];
            run.Kinds.For(generator).CheckCost(generator, new LaneCost(run.Spec, i, length, states, statesName, vocabularySize, run.Problems.Add));
        }

        CheckTrainingBudget(length);
    }

    /// <summary>The sampled training tokens all n-gram models share (each lane's own bounds are its descriptor's).</summary>
    private void CheckTrainingBudget(int length)
    {
        var training = new List<(int Index, double Tokens)>();
        for (var i = 0; i < run.Spec.Generators.Count; i++)
        {
            if (run.Spec.Generators[i] is not AutoregressiveGeneratorSpec { Model: NgramModelSpec ngram })
            {
                continue;
            }

            // The lane trains its model, and so does an mpc listed before it that wraps it (it cannot reuse one not built yet).
            var trainings = 1 + run.Spec.Generators.Take(i).Count(g => g is MpcGeneratorSpec mpc && mpc.Inner == run.Spec.Generators[i].Name);
            training.Add((i, trainings * (double)ngram.TrainSamples * length));
        }

        var total = training.Sum(t => t.Tokens);
        if (total > MaxTrainingTokens)
        {
            var (index, tokens) = training.MaxBy(t => t.Tokens);
            run.Add(Item("generators", index) + ".model.train_samples", Invariant(
                $"the ngram models would sample {total:N0} training tokens (train_samples × length {length:N0}; this one {tokens:N0}), over the limit of {MaxTrainingTokens:N0} training tokens; lower train_samples"));
        }
    }
}
