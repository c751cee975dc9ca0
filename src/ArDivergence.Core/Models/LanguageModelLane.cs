using ArDivergence.Core.Compute;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Randomness;

namespace ArDivergence.Core.Models;

/// <summary>
/// An autoregressive lane of a real model (<c>model: {kind: gguf}</c>, semantics §9): p_t is the model's
/// next-token distribution after the prefix (softmax, temperature, top_k, top_p, min_p); one uniform from the
/// lane's stream draws by inverse CDF over the model's token ids; compute is charged from the decodes that
/// actually ran.
/// </summary>
public sealed class LanguageModelLane : IDecoderLane
{
    public LanguageModelLane(string name, GenerationContext context, ModelLaneSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        Name = name;
        Context = context;
        Setup = setup;
        Decoders = new DecoderPool(setup);
    }

    public string Name { get; }

    public GeneratorKind Kind => GeneratorKind.Autoregressive;

    public ComputeConfig Compute => Setup.Compute;

    public GenerationContext Context { get; }

    /// <summary>Exact dynamic programming does not apply to a real model: off_manifold is a Monte Carlo estimate.</summary>
    public LaneCapabilities Capabilities => LaneCapabilities.MonteCarlo | LaneCapabilities.FullDistribution | LaneCapabilities.CanBranch;

    public ModelLaneSetup Setup { get; }

    public DecoderPool Decoders { get; }

    public LaneState Start(SeededRandom random) =>
        new(0, Context.Manifold.StartState, 0, 0, random, default, null) { Scratch = GeneratedModelTokens.Empty };

    public StepOutcome Step(LaneState state, IReadOnlyList<int> prefix, int? forcedToken = null) =>
        Decoders.OnSession(decoder => Step(state, prefix, forcedToken, decoder));

    public StepOutcome Step(LaneState state, IReadOnlyList<int> prefix, int? forcedToken, PrefixDecoder decoder)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(decoder);
        var t = state.T + 1;
        var generated = GeneratedModelTokens.Of(state.Scratch);
        var logits = decoder.Follow(Setup.Sequence(generated.Tokens), out var work);
        var (probabilities, distribution) = Setup.Distribution(logits);
        var random = state.Random;
        var sampled = NextTokenProbabilities.Sample(probabilities, random.NextDouble());
        var modelToken = forcedToken is { } forced ? Setup.ToModel(forced) : sampled;
        var token = Setup.ToLane(modelToken);
        var ledger = state.Ledger;
        Setup.Charge(ref ledger, work);
        var compute = ledger.EndStep(decoder.CachedPositions * Compute.KvBytesPerPosition);
        var next = state with
        {
            T = t,
            Manifold = Manifolds.ManifoldExtensions.Advance(Context.Manifold, state.Manifold, t, token),
            Random = random,
            Ledger = ledger,
            Scratch = generated.Append(modelToken),
        };
        return new StepOutcome(token, distribution, next, compute) { DecodeMilliseconds = work.Milliseconds };
    }
}
