namespace ArDivergence.Core.Generators;

/// <summary>
/// A lane that cannot branch (it does not write position t at step t) but can take a forced token at a position
/// it has not written yet as part of its next step: a masked-diffusion lane commits the token at a masked
/// position of the block it is filling, and the step's other draws condition on it. The session asks for this
/// interface before refusing a force; nothing is rewound.
/// </summary>
public interface IForcesPositions
{
    /// <summary>Why <paramref name="position"/> cannot be forced in the next step from <paramref name="state"/>, or null when it can.</summary>
    string? RefuseForce(LaneState state, int position);

    /// <summary>The next step with <paramref name="forced"/> fixed before its draws; its writes include the forced one.</summary>
    StepOutcome StepForcing(LaneState state, IReadOnlyList<int> prefix, TokenWrite forced);
}
