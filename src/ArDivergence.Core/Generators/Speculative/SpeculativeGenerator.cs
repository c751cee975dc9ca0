using ArDivergence.Core.Compute;
using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Randomness;

namespace ArDivergence.Core.Generators.Speculative;

/// <summary>
/// A speculative-decoding lane (semantics §12) over two autoregressive lanes of the scenario. A round drafts
/// γ_r = min(γ, L − t + 1 − 1) tokens (so its last token still fits in L), verifies them in one target pass and
/// yields 1..γ_r + 1 tokens (<see cref="SpeculativeRound"/>); one lane step commits one of them. The committed
/// tokens follow the target's distribution exactly, so the lane's exact process, token errors and off_manifold
/// are the target's. A round's whole compute is charged at its first step; its other steps only reveal.
/// </summary>
public sealed class SpeculativeGenerator : IExactLane, ISequenceScorer
{
    public SpeculativeGenerator(string name, AutoregressiveGenerator draft, AutoregressiveGenerator target, int gamma)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(target);
        Name = name;
        Draft = draft;
        Target = target;
        Gamma = gamma;
    }

    public static GeneratorKind SpeculativeKind { get; } = new("speculative", "SPEC");

    public string Name { get; }

    public GeneratorKind Kind => SpeculativeKind;

    /// <summary>The target's settings: the lane is priced per model (see <see cref="SpeculativeCost"/>); this is what the compute pane names.</summary>
    public ComputeConfig Compute => Target.Compute;

    public GenerationContext Context => Target.Context;

    public LaneCapabilities Capabilities => LaneCapabilities.All;

    public AutoregressiveGenerator Draft { get; }

    public AutoregressiveGenerator Target { get; }

    public int Gamma { get; }

    /// <summary>The target's process: the lane's output distribution is the target's.</summary>
    public IExactProcess Exact => Target.Exact;

    public LaneState Start(SeededRandom random) =>
        new(0, Context.Manifold.StartState, 0, Target.Model.InitialContext, random, default, null) { KindState = SpeculativeState.Initial };

    public StepOutcome Step(LaneState state, IReadOnlyList<int> prefix, int? forcedToken = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(prefix);
        var t = state.T + 1;
        var round = state.KindState as SpeculativeState ?? SpeculativeState.Initial;
        var random = state.Random;
        var targetLedger = state.Ledger;
        var draftContext = DraftContext(prefix);
        var roundStart = round.RoundFinished;
        StepCompute compute;
        StepCompute? draftWork = null, targetWork = null;
        if (roundStart)
        {
            var drafted = Math.Min(Gamma, Context.Length - t);
            var start = new RoundStart(t, state.Manifold, state.Context, draftContext);
            var (tokens, accepted) = SpeculativeRound.Run(Context.Manifold, Draft.Model, Target.Model, start, drafted, ref random);
            var draftLedger = round.DraftLedger;
            var cost = SpeculativeCost.Charge(
                ref draftLedger, ref targetLedger, Draft.Compute, Target.Compute, Context.PromptPositions + state.T, drafted, accepted);
            round = new SpeculativeState(round.Round + 1, tokens, 0, drafted, draftLedger);
            compute = Sum(cost.Draft, cost.Target);
            (draftWork, targetWork) = (cost.Draft, cost.Target);
        }
        else
        {
            compute = new StepCompute(0, 0, 0, Resident(round.DraftLedger, targetLedger));
        }

        var p = Target.Model.Next(state.Manifold, state.Context, t);
        var q = Draft.Model.Next(state.Manifold, draftContext, t);
        var token = forcedToken ?? round.Pending[round.Next];

        // A forced token ends the round: the drafts after it were made for another prefix.
        round = forcedToken.HasValue ? round with { Pending = [], Next = 0 } : round with { Next = round.Next + 1 };
        var next = state with
        {
            T = t,
            Manifold = Context.Manifold.Advance(state.Manifold, t, token),
            Context = Target.Model.Advance(state.Context, token),
            Random = random,
            Ledger = targetLedger,
            KindState = round,
        };
        return new StepOutcome(token, p, next, compute)
        {
            Extras = new StepExtras(
                SpeculativeRound.Acceptance(p, q),
                round.Round,
                roundStart,
                round.Drafted,
                draftWork?.Computed ?? 0,
                targetWork?.Computed ?? 0,
                DraftWork: draftWork,
                TargetWork: targetWork),
        };
    }

    public double SequenceProbability(IReadOnlyList<int> tokens) => Target.SequenceProbability(tokens);

    private UInt128 DraftContext(IReadOnlyList<int> prefix)
    {
        var context = Draft.Model.InitialContext;
        foreach (var token in prefix)
        {
            context = Draft.Model.Advance(context, token);
        }

        return context;
    }

    private long Resident(ComputeLedger draftLedger, ComputeLedger targetLedger) =>
        (draftLedger.CachedUpTo * Draft.Compute.KvBytesPerPosition) + (targetLedger.CachedUpTo * Target.Compute.KvBytesPerPosition);

    private static StepCompute Sum(StepCompute a, StepCompute b) =>
        new(a.Computed + b.Computed, a.Recomputed + b.Recomputed, a.Reused + b.Reused, a.KvCacheBytes + b.KvCacheBytes, a.Discarded + b.Discarded);
}
