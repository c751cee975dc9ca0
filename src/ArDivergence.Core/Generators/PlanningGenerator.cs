using ArDivergence.Core.Compute;
using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Generators;

/// <summary>
/// A lane that commits tokens from plans: a non-autoregressive lane (one plan of all L positions,
/// revealed one per step) or an mpc lane (plan min(horizon, remaining) tokens from the committed
/// prefix, commit the first <c>commit</c>, plan again).
/// </summary>
public sealed class PlanningGenerator : IExactLane, ISequenceScorer
{
    private readonly IOneShotModel _inner;
    private readonly IAutoregressiveModel? _innerAutoregressive;
    private readonly int _commit;
    private readonly int? _horizon;
    private readonly bool _prefixCache;

    private PlanningGenerator(
        string name,
        GeneratorKind kind,
        GenerationContext context,
        IOneShotModel inner,
        ComputeConfig compute,
        int commit,
        int? horizon,
        bool prefixCache)
    {
        Name = name;
        Kind = kind;
        Context = context;
        _inner = inner;
        _innerAutoregressive = (inner as AutoregressivePlanner)?.Model;
        Compute = compute;
        _commit = commit;
        _horizon = horizon;
        _prefixCache = prefixCache;
        Exact = new PlanningProcess(this);
    }

    public string Name { get; }

    public GeneratorKind Kind { get; }

    public ComputeConfig Compute { get; }

    public GenerationContext Context { get; }

    public LaneCapabilities Capabilities => LaneCapabilities.All;

    public IExactProcess Exact { get; }

    /// <summary>The model that makes the plans.</summary>
    public IOneShotModel Model => _inner;

    /// <summary>A non-autoregressive lane: one call for all L positions at step 1.</summary>
    public static PlanningGenerator OneShot(string name, GenerationContext context, IOneShotModel model, ComputeConfig compute) =>
        new(name, GeneratorKind.NonAutoregressive, context, model, compute, int.MaxValue, null, false);

    /// <summary>An mpc lane around <paramref name="inner"/>.</summary>
    public static PlanningGenerator Mpc(
        string name, GenerationContext context, IOneShotModel inner, ComputeConfig innerCompute, int commit, int? horizon, bool prefixCache) =>
        new(name, GeneratorKind.Mpc, context, inner, innerCompute, commit, horizon, prefixCache);

    public LaneState Start(SeededRandom random) =>
        new(0, Context.Manifold.StartState, 0, _innerAutoregressive?.InitialContext ?? 0, random, default, null);

    public StepOutcome Step(LaneState state, IReadOnlyList<int> prefix, int? forcedToken = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        var t = state.T + 1;
        var random = state.Random;
        var ledger = state.Ledger;
        var memory = state.Memory;
        var plan = state.Plan;
        var scratch = state.Scratch;
        if (plan is null || plan.IsExhausted)
        {
            var frame = new PlanFrame(t, PlanPositions(t), state.Manifold, state.Context);
            memory = _inner.MemoryAtPlanStart(memory, state.Manifold);
            var tokens = new int[Math.Min(_commit, frame.Positions)];
            _inner.Plan(frame, memory, prefix, ref random, tokens, ref scratch);
            PlanCost.Charge(
                ref ledger, Compute, _innerAutoregressive is not null, _prefixCache, Context.PromptPositions + t - 1, frame.Positions, tokens.Length);
            plan = new PendingPlan(frame, tokens, 0);
        }

        var distribution = _inner.Conditional(plan.Frame, memory, state.Manifold, t, state.Context, prefix, ref scratch);
        var compute = ledger.EndStep(ledger.CachedUpTo * Compute.KvBytesPerPosition);
        var token = forcedToken ?? plan.Tokens[plan.Next];
        var moves = Context.Manifold.Moves(state.Manifold, t);
        var next = state with
        {
            T = t,
            Manifold = state.IsOnManifold ? moves.Next(token) : ManifoldState.Off,
            Memory = state.IsOnManifold ? _inner.AdvanceMemory(memory, moves, token) : memory,
            Context = _innerAutoregressive?.Advance(state.Context, token) ?? 0,
            Random = random,
            Ledger = ledger,
            Plan = forcedToken.HasValue ? null : plan with { Next = plan.Next + 1 },
            Scratch = scratch,
        };
        return new StepOutcome(token, distribution, next, compute)
        {
            Plan = Kind == GeneratorKind.Mpc ? new PlanView(plan.Frame.FirstStep, plan.Frame.Positions, plan.Tokens.Length, plan.Tokens) : null,
        };
    }

    public double SequenceProbability(IReadOnlyList<int> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var probability = 1.0;
        var manifold = Context.Manifold;
        var state = manifold.StartState;
        var memory = 0;
        var context = _innerAutoregressive?.InitialContext ?? 0;
        PlanFrame? frame = null;
        object? scratch = null;
        for (var t = 1; t <= tokens.Count && probability > 0; t++)
        {
            if (PlanStart(t) == t)
            {
                frame = new PlanFrame(t, PlanPositions(t), state, context);
                memory = _inner.MemoryAtPlanStart(memory, state);
            }

            var token = tokens[t - 1];
            var prefix = new ReadOnlyListSlice(tokens, t - 1);
            probability *= _inner.Conditional(frame!, memory, state, t, context, prefix, ref scratch).Probability(token);
            var moves = manifold.Moves(state, t);
            if (state != ManifoldState.Off)
            {
                memory = _inner.AdvanceMemory(memory, moves, token);
                state = moves.Next(token);
            }

            context = _innerAutoregressive?.Advance(context, token) ?? 0;
        }

        return probability;
    }

    /// <summary>How many positions a plan made at step t covers.</summary>
    private int PlanPositions(int t) => Math.Min(_horizon ?? int.MaxValue, Context.Length - t + 1);

    /// <summary>The step at which the plan covering step t starts, in a run without forced tokens.</summary>
    private int PlanStart(int t)
    {
        var width = Math.Min(_commit, _horizon ?? int.MaxValue);
        return width >= Context.Length ? 1 : 1 + ((t - 1) / width * width);
    }

    /// <summary>The lane as a Markov chain: plan boundaries depend only on t in a run without forced tokens.</summary>
    private sealed class PlanningProcess(PlanningGenerator owner) : IExactProcess
    {
        public ProcessKey Initial =>
            new(owner.Context.Manifold.StartState, 0, owner._innerAutoregressive?.InitialContext ?? 0);

        public TokenDistribution Conditional(ProcessKey key, int t)
        {
            var start = owner.PlanStart(t);
            return owner._inner.OnManifoldConditional(start, owner.PlanPositions(start), Memory(key, t), key.Manifold, t, key.Context);
        }

        public ProcessKey Advance(ProcessKey key, int t, int token, int nextManifold)
        {
            var moves = owner.Context.Manifold.Moves(key.Manifold, t);
            return new ProcessKey(
                nextManifold,
                owner._inner.AdvanceMemory(Memory(key, t), moves, token),
                owner._innerAutoregressive?.Advance(key.Context, token) ?? 0);
        }

        private int Memory(ProcessKey key, int t) =>
            owner.PlanStart(t) == t ? owner._inner.MemoryAtPlanStart(key.Memory, key.Manifold) : key.Memory;
    }
}
