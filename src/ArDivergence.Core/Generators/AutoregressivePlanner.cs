using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Generators;

/// <summary>An autoregressive model used as an mpc lane's inner model: a plan is its ordinary sampling.</summary>
public sealed class AutoregressivePlanner : IOneShotModel
{
    private readonly IManifold _manifold;

    public AutoregressivePlanner(GenerationContext context, IAutoregressiveModel model)
    {
        ArgumentNullException.ThrowIfNull(context);
        _manifold = context.Manifold;
        Model = model;
    }

    public IAutoregressiveModel Model { get; }

    public int MemoryAtPlanStart(int carried, int originState) => 0;

    public int AdvanceMemory(int memory, MoveSet moves, int token) => 0;

    public void Plan(PlanFrame frame, int memory, IReadOnlyList<int> prefix, ref SeededRandom random, Span<int> output, ref object? scratch)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var state = frame.OriginState;
        var context = frame.OriginContext;
        for (var k = 0; k < output.Length; k++)
        {
            var t = frame.FirstStep + k;
            var token = Model.Next(state, context, t).Sample(random.NextDouble());
            output[k] = token;
            state = _manifold.Advance(state, t, token);
            context = Model.Advance(context, token);
        }
    }

    public TokenDistribution OnManifoldConditional(int firstStep, int positions, int memory, int currentState, int t, UInt128 context) =>
        Model.Next(currentState, context, t);

    public TokenDistribution Conditional(PlanFrame frame, int memory, int currentState, int t, UInt128 context, IReadOnlyList<int> prefix, ref object? scratch) =>
        Model.Next(currentState, context, t);
}
