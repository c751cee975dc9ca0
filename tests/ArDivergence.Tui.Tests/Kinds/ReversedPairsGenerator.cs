using ArDivergence.Core.Compute;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Tui.Tests.Kinds;

/// <summary>
/// The lane of <see cref="ReversedPairsKind"/>: step t writes <c>token</c> at position 2t and then at 2t − 3, the
/// odd position it skipped a step earlier (L = 6: 2 | 4, 1 | 6, 3 | 5), so it leaves gaps; step <c>offAt</c>
/// writes <c>off</c> at 2t. It has no exact process and cannot branch.
/// </summary>
public sealed class ReversedPairsGenerator(
    string name, GeneratorKind kind, GenerationContext context, int token, int off, int offAt, ComputeConfig compute) : IGenerator
{
    public string Name => name;

    public GeneratorKind Kind => kind;

    public ComputeConfig Compute => compute;

    public GenerationContext Context => context;

    public LaneCapabilities Capabilities => LaneCapabilities.MonteCarlo;

    public LaneState Start(SeededRandom random) => new(0, context.Manifold.StartState, 0, 0, random, default, null);

    public StepOutcome Step(LaneState state, IReadOnlyList<int> prefix, int? forcedToken = null)
    {
        if (forcedToken.HasValue)
        {
            throw new InvalidOperationException("this lane cannot branch; the session must refuse to force it");
        }

        var t = state.T + 1;
        var writes = new List<TokenWrite>(2);
        if (2 * t <= context.Length)
        {
            writes.Add(new TokenWrite(2 * t, t == offAt ? off : token));
        }

        if (2 * t - 3 >= 1)
        {
            writes.Add(new TokenWrite(2 * t - 3, token));
        }

        // The manifold reads the positions in order, whatever the order of the writes.
        var manifold = state.Manifold;
        foreach (var write in writes.OrderBy(w => w.Position))
        {
            var moves = context.Manifold.Moves(manifold, write.Position);
            manifold = manifold == ManifoldState.Off || moves.IsEmpty ? ManifoldState.Off : moves.Next(write.Token);
        }

        var next = state with { T = t, Manifold = manifold };
        return new StepOutcome(writes[0].Token, TokenDistribution.PointMass(context.VocabularySize, writes[0].Token), next, state.Ledger.EndStep(0))
        {
            Writes = writes,
        };
    }
}
