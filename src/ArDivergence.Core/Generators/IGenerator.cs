using ArDivergence.Core.Compute;

namespace ArDivergence.Core.Generators;

/// <summary>
/// A lane's generator as it runs. Each step is an edit: one or more (position, token) writes, see
/// <see cref="StepOutcome.Writes"/>. The lane's time (its step counter, <see cref="LaneState.T"/>) is
/// separate from the positions it writes; autoregressive, one-shot and mpc lanes write position t at
/// step t. What else a lane can do is optional and declared in <see cref="Capabilities"/>
/// (<see cref="IExactLane"/>, <see cref="ISequenceScorer"/>).
/// </summary>
public interface IGenerator
{
    string Name { get; }

    GeneratorKind Kind { get; }

    /// <summary>The compute settings that price this lane's work (an mpc lane's come from its inner).</summary>
    ComputeConfig Compute { get; }

    GenerationContext Context { get; }

    LaneCapabilities Capabilities { get; }

    /// <summary>The lane before its first step, drawing from <paramref name="random"/>.</summary>
    LaneState Start(Randomness.SeededRandom random);

    /// <summary>
    /// Generates step state.T + 1 (lane time). <paramref name="prefix"/> holds the tokens the lane wrote
    /// so far, in the order written (by position for lanes that write position t at step t).
    /// With <paramref name="forcedToken"/> (lanes that can branch only) the step runs as usual and the
    /// forced token replaces the sampled one; a pending plan is dropped so the next step plans again
    /// from the forced prefix.
    /// </summary>
    StepOutcome Step(LaneState state, IReadOnlyList<int> prefix, int? forcedToken = null);
}
