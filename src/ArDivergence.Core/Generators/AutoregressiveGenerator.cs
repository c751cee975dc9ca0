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

    /// <summary>The lane's verifier (semantics §13), or null: every draw is kept.</summary>
    public Verifier? Verifier { get; init; }

    public IExactProcess Exact => this;

    public ProcessKey Initial => new(Context.Manifold.StartState, 0, Model.InitialContext);

    public LaneState Start(SeededRandom random) =>
        new(0, Context.Manifold.StartState, 0, Model.InitialContext, random, default, null);

    public StepOutcome Step(LaneState state, IReadOnlyList<int> prefix, int? forcedToken = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        var t = state.T + 1;
        var model = Model.Next(state.Manifold, state.Context, t);
        var random = state.Random;
        var (sampled, draws) = Draw(model, state.Manifold, t, ref random);
        var token = forcedToken ?? sampled;
        var ledger = state.Ledger;
        var cached = AutoregressiveCost.ChargeStep(ref ledger, Compute, Context.PromptPositions, t);
        for (var redraw = 1; redraw < draws; redraw++)
        {
            AutoregressiveCost.ChargeRedraw(ref ledger, Compute, Context.PromptPositions, t);
        }

        var compute = ledger.EndStep(cached * Compute.KvBytesPerPosition);
        var distribution = Effective(model, state.Manifold, t);
        var next = state with
        {
            T = t,
            Manifold = Context.Manifold.Advance(state.Manifold, t, token),
            Context = Model.Advance(state.Context, token),
            Random = random,
            Ledger = ledger,
        };
        return new StepOutcome(token, distribution, next, compute)
        {
            Draws = Verifier is null ? null : draws,
            ExpectedDraws = Verifier is { } verifier && state.IsOnManifold
                ? verifier.ExpectedDraws(model.MassOutside(Context.Manifold.Moves(state.Manifold, t).Tokens))
                : null,
        };
    }

    /// <summary>
    /// One token as the lane draws it from the model's p_t: once, or with the verifier's redraws while on the
    /// manifold (off it there is nothing to verify against). Monte Carlo draws through here too.
    /// </summary>
    internal (int Token, int Draws) Draw(TokenDistribution model, int manifoldState, int t, ref SeededRandom random) =>
        Verifier is { } verifier && manifoldState != ManifoldState.Off
            ? verifier.Draw(model, Context.Manifold.Moves(manifoldState, t), ref random)
            : (model.Sample(random.NextDouble()), 1);

    /// <summary>The distribution of the kept token: the model's, or the verifier's closed-form mixture of it.</summary>
    private TokenDistribution Effective(TokenDistribution model, int manifoldState, int t) =>
        Verifier is { } verifier && manifoldState != ManifoldState.Off
            ? verifier.Effective(model, Context.Manifold.Moves(manifoldState, t))
            : model;

    public double SequenceProbability(IReadOnlyList<int> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var probability = 1.0;
        var state = Context.Manifold.StartState;
        var context = Model.InitialContext;
        for (var t = 1; t <= tokens.Count && probability > 0; t++)
        {
            var token = tokens[t - 1];
            probability *= Effective(Model.Next(state, context, t), state, t).Probability(token);
            state = Context.Manifold.Advance(state, t, token);
            context = Model.Advance(context, token);
        }

        return probability;
    }

    public TokenDistribution Conditional(ProcessKey key, int t) => Effective(Model.Next(key.Manifold, key.Context, t), key.Manifold, t);

    public ProcessKey Advance(ProcessKey key, int t, int token, int nextManifold) =>
        new(nextManifold, 0, Model.Advance(key.Context, token));

    /// <summary>Advance does not depend on t, so the model's label is the process's.</summary>
    public int StepClass(int t) => Model.StepClass(t);
}
