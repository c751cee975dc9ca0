using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Generators;

/// <summary>
/// A model that plans several positions in one call (non-autoregressive, or the inner model of an
/// mpc lane). It has two faces: <see cref="Plan"/> samples a call as the model really runs, and the
/// conditionals give, for each planned token, its distribution given everything before it. Monte
/// Carlo uses the first and exact dynamic programming the second, so their agreement checks both.
/// A model's "memory" is a small integer it carries between steps (see each model).
/// </summary>
public interface IOneShotModel
{
    /// <summary>The memory at the start of a plan from the memory carried so far and the origin state.</summary>
    int MemoryAtPlanStart(int carried, int originState);

    /// <summary>The memory after committing <paramref name="token"/> from an on-manifold state with <paramref name="moves"/>.</summary>
    int AdvanceMemory(int memory, MoveSet moves, int token);

    /// <summary>Samples the first output.Length tokens of a plan. <paramref name="prefix"/> is the committed prefix.</summary>
    void Plan(PlanFrame frame, int memory, IReadOnlyList<int> prefix, ref SeededRandom random, Span<int> output, ref object? scratch);

    /// <summary>The planned token's distribution at step t while the lane is on the manifold.</summary>
    TokenDistribution OnManifoldConditional(int firstStep, int positions, int memory, int currentState, int t, UInt128 context);

    /// <summary>
    /// The planned token's distribution at step t given the lane's actual prefix (length t−1:
    /// committed tokens and the plan's earlier ones), on or off the manifold.
    /// </summary>
    /// <param name="scratch">The lane's cache for this model (see <see cref="LaneState.Scratch"/>), updated in place.</param>
    TokenDistribution Conditional(
        PlanFrame frame, int memory, int currentState, int t, UInt128 context, IReadOnlyList<int> prefix, ref object? scratch);
}
