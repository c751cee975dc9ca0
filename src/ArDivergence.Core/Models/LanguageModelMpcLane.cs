using ArDivergence.Core.Compute;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Models;

/// <summary>
/// mpc over a real model (semantics §9): a plan is a real rollout of min(horizon, remaining) tokens from the
/// committed prefix; with several rollouts one is chosen (<see cref="RolloutSelection"/>); the first
/// <c>commit</c> tokens are kept and the cache is rolled back to the committed prefix (seq_rm) before the next
/// plan, so the prefix is reused and only plan positions are decoded.
/// </summary>
public sealed class LanguageModelMpcLane : IDecoderLane
{
    private readonly int _commit;
    private readonly int? _horizon;
    private readonly bool _prefixCache;
    private readonly int _rollouts;
    private readonly RolloutSelection _select;

    public LanguageModelMpcLane(string name, GenerationContext context, ModelLaneSetup setup, MpcGeneratorSpec spec)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(spec);
        Name = name;
        Context = context;
        Setup = setup;
        Decoders = new DecoderPool(setup);
        _commit = spec.Commit;
        _horizon = spec.Horizon;
        _prefixCache = spec.PrefixCache;
        _rollouts = spec.Rollouts;
        _select = spec.Select;
    }

    public string Name { get; }

    public GeneratorKind Kind => GeneratorKind.Mpc;

    public ComputeConfig Compute => Setup.Compute;

    public GenerationContext Context { get; }

    /// <summary>With a selection other than <c>sample</c> the committed token is not a draw from one distribution: no full distribution.</summary>
    public LaneCapabilities Capabilities => _select == RolloutSelection.Sample
        ? LaneCapabilities.MonteCarlo | LaneCapabilities.FullDistribution | LaneCapabilities.CanBranch
        : LaneCapabilities.MonteCarlo | LaneCapabilities.CanBranch;

    public ModelLaneSetup Setup { get; }

    public DecoderPool Decoders { get; }

    public LaneState Start(SeededRandom random) =>
        new(0, Context.Manifold.StartState, 0, 0, random, default, null) { Scratch = MpcModelState.Empty };

    public StepOutcome Step(LaneState state, IReadOnlyList<int> prefix, int? forcedToken = null)
    {
        lock (Decoders.SessionLock)
        {
            return Step(state, prefix, forcedToken, Decoders.Session);
        }
    }

    public StepOutcome Step(LaneState state, IReadOnlyList<int> prefix, int? forcedToken, PrefixDecoder decoder)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(decoder);
        var t = state.T + 1;
        var scratch = MpcModelState.Of(state.Scratch);
        var random = state.Random;
        var ledger = state.Ledger;
        var plan = scratch.Plan;
        var milliseconds = 0.0;
        if (plan is null || plan.IsExhausted)
        {
            plan = MakePlan(t, state.Manifold, scratch.Committed, decoder, ref random, ref ledger, out milliseconds);
        }

        var modelToken = forcedToken is { } forced ? Setup.Map.ToModel(forced) : plan.ModelTokens[plan.Next];
        var token = Setup.Map.ToScenario(modelToken);
        var compute = ledger.EndStep(decoder.CachedPositions * Compute.KvBytesPerPosition);
        var next = state with
        {
            T = t,
            Manifold = Context.Manifold.Advance(state.Manifold, t, token),
            Random = random,
            Ledger = ledger,
            Scratch = new MpcModelState(
                scratch.Committed.Append(modelToken),
                forcedToken.HasValue ? null : plan with { Next = plan.Next + 1 }),
        };
        return new StepOutcome(token, plan.Distributions[plan.Next], next, compute)
        {
            DecodeMilliseconds = milliseconds,
            Plan = plan.View,
            TokenErrorBounds = _select == RolloutSelection.Sample ? null : MetricValue.Absent,
        };
    }

    /// <summary>Draws the rollouts from the committed prefix, charging every decode, and keeps one.</summary>
    private RolloutPlan MakePlan(
        int t, int manifoldState, GeneratedModelTokens committed, PrefixDecoder decoder, ref SeededRandom random, ref ComputeLedger ledger, out double milliseconds)
    {
        var positions = Math.Min(_horizon ?? int.MaxValue, Context.Length - t + 1);
        var commit = Math.Min(_commit, positions);
        milliseconds = 0;
        if (!_prefixCache)
        {
            decoder.Clear();
        }

        RolloutPlan? chosen = null;
        var chosenScore = double.NegativeInfinity;
        var origin = Setup.PromptTokens.Count + committed.Tokens.Length;

        // Per rollout, the FLOPs spent on its plan tokens that would be committed and on the rest (semantics §12).
        var onCommitted = new double[_rollouts];
        var onRest = new double[_rollouts];
        var chosenIndex = 0;
        var chosenValid = false;
        for (var r = 0; r < _rollouts; r++)
        {
            var modelTokens = new int[positions];
            var tokens = new int[positions];
            var distributions = new TokenDistribution[positions];
            var logProbability = 0.0;
            var state = manifoldState;
            for (var k = 0; k < positions; k++)
            {
                var logits = decoder.Follow(Setup.Sequence([.. committed.Tokens, .. modelTokens.AsSpan(0, k)]), out var work);
                Setup.Charge(ref ledger, work);
                milliseconds += work.Milliseconds;
                for (var p = Math.Max(work.From, origin); p < work.To; p++)
                {
                    (p - origin < commit ? onCommitted : onRest)[r] += Compute.CausalFlops(p);
                }

                var (probabilities, distribution) = Setup.Distribution(logits);
                var sampled = NextTokenProbabilities.Sample(probabilities, random.NextDouble());
                modelTokens[k] = sampled;
                tokens[k] = Setup.Map.ToScenario(sampled);
                distributions[k] = distribution;
                logProbability += Math.Log(probabilities[sampled]);
                state = Context.Manifold.Advance(state, t + k, tokens[k]);
            }

            // All k rollouts are drawn whatever the selection; `valid` takes the first on the manifold, else the most likely.
            var plan = new RolloutPlan(modelTokens, tokens, distributions, commit, 0);
            var valid = state != ManifoldState.Off;
            var better = _select switch
            {
                RolloutSelection.Sample => chosen is null,
                RolloutSelection.Likelihood => chosen is null || logProbability > chosenScore,
                _ => chosen is null || (valid && !chosenValid) || (valid == chosenValid && !valid && logProbability > chosenScore),
            };
            if (better)
            {
                chosen = plan;
                chosenIndex = r;
                chosenScore = logProbability;
                chosenValid = valid;
            }
        }

        ledger.Discard(onCommitted.Sum() + onRest.Sum() - onCommitted[chosenIndex]);
        return chosen! with { View = new PlanView(t, positions, commit, chosen.Tokens, _rollouts, chosenIndex) };
    }
}
