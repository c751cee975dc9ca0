using ArDivergence.Core.Compute;
using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Generators;

/// <summary>An autoregressive lane: one token per step, sampled from the model's p_t.</summary>
public sealed class AutoregressiveGenerator : IExactLane, ISequenceScorer, IExactProcess
{
    public AutoregressiveGenerator(string name, GenerationContext context, IAutoregressiveModel model, ComputeConfig compute)
    {
        Name = name;
        Context = context;
        Model = model;
        Compute = compute;
    }

    public string Name { get; }

    public GeneratorKind Kind => GeneratorKind.Autoregressive;

    public ComputeConfig Compute { get; }

    public GenerationContext Context { get; }

    public LaneCapabilities Capabilities => LaneCapabilities.All;

    public IAutoregressiveModel Model { get; }

    public IExactProcess Exact => this;

    public ProcessKey Initial => new(Context.Manifold.StartState, 0, Model.InitialContext);

    public LaneState Start(SeededRandom random) =>
        new(0, Context.Manifold.StartState, 0, Model.InitialContext, random, default, null);

    public StepOutcome Step(LaneState state, IReadOnlyList<int> prefix, int? forcedToken = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        var t = state.T + 1;
        var distribution = Model.Next(state.Manifold, state.Context, t);
        var random = state.Random;
        var sampled = distribution.Sample(random.NextDouble());
        var token = forcedToken ?? sampled;
        var ledger = state.Ledger;
        var cached = AutoregressiveCost.ChargeStep(ref ledger, Compute, Context.PromptPositions, t);
        var compute = ledger.EndStep(cached * Compute.KvBytesPerPosition);
        var next = state with
        {
            T = t,
            Manifold = Context.Manifold.Advance(state.Manifold, t, token),
            Context = Model.Advance(state.Context, token),
            Random = random,
            Ledger = ledger,
        };
        return new StepOutcome(token, distribution, next, compute);
    }

    public double SequenceProbability(IReadOnlyList<int> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var probability = 1.0;
        var state = Context.Manifold.StartState;
        var context = Model.InitialContext;
        for (var t = 1; t <= tokens.Count && probability > 0; t++)
        {
            var token = tokens[t - 1];
            probability *= Model.Next(state, context, t).Probability(token);
            state = Context.Manifold.Advance(state, t, token);
            context = Model.Advance(context, token);
        }

        return probability;
    }

    public TokenDistribution Conditional(ProcessKey key, int t) => Model.Next(key.Manifold, key.Context, t);

    public ProcessKey Advance(ProcessKey key, int t, int token, int nextManifold) =>
        new(nextManifold, 0, Model.Advance(key.Context, token));

    /// <summary>Advance does not depend on t, so the model's label is the process's.</summary>
    public int StepClass(int t) => Model.StepClass(t);
}
