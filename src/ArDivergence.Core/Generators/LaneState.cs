using ArDivergence.Core.Compute;
using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Randomness;

namespace ArDivergence.Core.Generators;

/// <summary>
/// A lane between steps, as a value: restoring an earlier one is how step back works, and two lanes
/// in the same state generate the same future. <see cref="T"/> is lane time (steps taken), not a
/// position; <see cref="Manifold"/> is the manifold state after everything the lane wrote.
/// </summary>
public sealed record LaneState(
    int T,
    int Manifold,
    int Memory,
    UInt128 Context,
    SeededRandom Random,
    ComputeLedger Ledger,
    PendingPlan? Plan)
{
    public bool IsOnManifold => Manifold != ManifoldState.Off;

    /// <summary>
    /// A model's private cache of work derived from the prefix (e.g. a joint model's posterior over a
    /// hidden token), carried so the next step can extend it instead of starting again. Never changes
    /// a result.
    /// </summary>
    public object? Scratch { get; init; }

    /// <summary>
    /// State a lane kind keeps between steps beyond the fields above (a masked-diffusion lane's committed set,
    /// a speculative lane's round). Unlike <see cref="Scratch"/> it is part of the lane's state: an immutable value.
    /// </summary>
    public object? KindState { get; init; }

    public ProcessKey Key => new(Manifold, Memory, Context);
}
