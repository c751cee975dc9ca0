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
        long? states = run.StatesAtOnePosition;
        if (run.Spec.Manifold is DyckTaskSpec dyck)
        {
            states = DyckStacks(dyck, length);
            if (states is null)
            {
                return;
            }
        }

        if (run.Spec.Manifold is SequencesManifoldSpec sequences)
        {
            // Padding is what the manifold stores; it bounds the state space as well (states at one position ≤ sequences).
            var padded = (long)sequences.Sequences.Count * length;
            run.Require(padded <= MaxSequenceTokens, "manifold.sequences", Invariant(
                $"{sequences.Sequences.Count:N0} sequences padded to length {length:N0} are {padded:N0} tokens, over the limit of {MaxSequenceTokens:N0} sequence tokens; list fewer or shorter sequences"));
        }
        else if (states is { } perPosition && (double)perPosition * length * run.Spec.Generators.Count > MaxStateSpace)
        {
            var lanes = run.Spec.Generators.Count;
            run.Add(lengthPath, Invariant(
                $"the state space is {length:N0} positions × {perPosition:N0} {StatesName()} × {lanes} lane{(lanes == 1 ? "" : "s")} = {(double)perPosition * length * lanes:N0}, over the limit of {MaxStateSpace:N0}; use a shorter length, a smaller manifold or fewer lanes"));
        }

        var vocabularySize = run.Vocabulary()?.Count;
        for (var i = 0; i < run.Spec.Generators.Count; i++)
        {
            var generator = run.Spec.Generators[i];
            run.Kinds.For(generator).CheckCost(generator, new LaneCost(run.Spec, i, length, states, StatesName(), vocabularySize, run.Problems.Add));
        }

        CheckTrainingBudget(length);
    }

    private string StatesName() => run.Spec.Manifold switch
    {
        AutomatonManifoldSpec => "automaton states",
        DyckTaskSpec => "bracket stacks",
        _ => "states",
    };

    /// <summary>Stacks of depth 0..k (k = min(max_depth, L/2)), or null after reporting that DyckManifold cannot number them.</summary>
    private long? DyckStacks(DyckTaskSpec dyck, int length)
    {
        var depth = Math.Min(dyck.MaxDepth, length / 2);
        var pairs = dyck.Pairs.Count;

        // The same test DyckManifold makes, so the two agree at the boundary.
        if (Math.Pow(pairs, depth + 1) >= MaxDyckStacks)
        {
            run.Add("manifold.max_depth", Invariant(
                $"{pairs} bracket pairs nested {depth} deep (max_depth, at most L/2) make {pairs}^{depth + 1} = {Math.Pow(pairs, depth + 1):G3} stack numbers, over the limit of {MaxDyckStacks:N0}; lower max_depth"));
            return null;
        }

        long stacks = 0;
        long level = 1;
        for (var d = 0; d <= depth; d++)
        {
            stacks += level;
            level *= pairs;
        }

        return stacks;
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
