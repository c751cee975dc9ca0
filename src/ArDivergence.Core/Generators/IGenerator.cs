using ArDivergence.Core.Compute;

namespace ArDivergence.Core.Generators;

/// <summary>A lane's generator, as it runs (sampling) and as a Markov chain (for exact analysis).</summary>
public interface IGenerator
{
    string Name { get; }

    GeneratorKind Kind { get; }

    /// <summary>The compute settings that price this lane's work (an mpc lane's come from its inner).</summary>
    ComputeConfig Compute { get; }

    GenerationContext Context { get; }

    /// <summary>The analytic view used by exact dynamic programming.</summary>
    IExactProcess Exact { get; }

    /// <summary>The lane before its first step, drawing from <paramref name="random"/>.</summary>
    LaneState Start(Randomness.SeededRandom random);

    /// <summary>
    /// Generates step state.T + 1. <paramref name="prefix"/> holds the lane's tokens so far.
    /// With <paramref name="forcedToken"/> the step runs as usual and the forced token replaces the
    /// sampled one; a pending plan is dropped so the next step plans again from the forced prefix.
    /// </summary>
    StepOutcome Step(LaneState state, IReadOnlyList<int> prefix, int? forcedToken = null);

    /// <summary>
    /// The probability that a fresh run of the lane generates exactly <paramref name="tokens"/>
    /// (all L of them), as the product of the lane's conditionals along it — on or off the manifold.
    /// </summary>
    double SequenceProbability(IReadOnlyList<int> tokens);
}
