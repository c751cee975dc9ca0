using ArDivergence.Core.Compute;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Tests.Support;

/// <summary>
/// A lane of a kind the shipped ones are not, to prove the session does not assume them: every step
/// writes the next two positions (2t − 1 and 2t) with valid tokens drawn at random, it has no exact
/// process, cannot branch, and knows each step's token error only as the interval
/// <see cref="ErrorBounds"/> (like a recorded trace). At step <paramref name="offAt"/> its first write is
/// <paramref name="invalidToken"/>, so it leaves the manifold at that step in every run. Its context and
/// compute settings are those of <paramref name="shape"/>, a lane of the same scenario.
/// </summary>
internal sealed class PairWritingLane(
    IGenerator shape, int offAt, int invalidToken, LaneCapabilities capabilities = LaneCapabilities.MonteCarlo) : IGenerator
{
    private readonly GenerationContext _context = shape.Context;

    public static readonly MetricValue ErrorBounds = MetricValue.Between(0.1, 0.3);

    public string Name => "pairs";

    /// <summary>Any kind: the lane's behaviour comes from its capabilities and its edits, not from this label.</summary>
    public GeneratorKind Kind => GeneratorKind.Autoregressive;

    public ComputeConfig Compute => shape.Compute;

    public GenerationContext Context => _context;

    public LaneCapabilities Capabilities => capabilities;

    public LaneState Start(SeededRandom random) => new(0, _context.Manifold.StartState, 0, 0, random, default, null);

    public StepOutcome Step(LaneState state, IReadOnlyList<int> prefix, int? forcedToken = null)
    {
        if (forcedToken.HasValue)
        {
            throw new InvalidOperationException("this lane cannot branch; the session must refuse to force it");
        }

        var t = state.T + 1;
        var random = state.Random;
        var manifold = state.Manifold;
        var writes = new List<TokenWrite>(2);
        for (var position = prefix.Count + 1; position <= Math.Min(prefix.Count + 2, _context.Length); position++)
        {
            var moves = _context.Manifold.Moves(manifold, position);
            var pick = (int)(random.NextDouble() * moves.Count);
            var token = (t == offAt && writes.Count == 0) || moves.IsEmpty ? invalidToken : moves.Tokens[pick];
            writes.Add(new TokenWrite(position, token));
            manifold = manifold == ManifoldState.Off ? ManifoldState.Off : moves.Next(token);
        }

        var ledger = state.Ledger;
        var next = state with { T = t, Manifold = manifold, Random = random, Ledger = ledger };
        return new StepOutcome(writes[0].Token, TokenDistribution.PointMass(_context.VocabularySize, writes[0].Token), next, ledger.EndStep(0))
        {
            Writes = writes,
            TokenErrorBounds = ErrorBounds,
        };
    }
}
