using ArDivergence.Core.Compute;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Models;

/// <summary>
/// What a gguf lane and an mpc lane over it share: the model, how V maps onto its tokens, the sampling
/// settings, the prompt as model tokens, the compute shape from the file's metadata (semantics §5 with
/// bytes_per_value 4 for the F32 cache) and the decoders' settings.
/// </summary>
public sealed class ModelLaneSetup
{
    /// <summary>A lane on a token manifold: V maps onto the model's tokens by <paramref name="map"/>, and the prompt is V's tokens.</summary>
    public ModelLaneSetup(string path, ILanguageModel model, ModelTokenMap map, SamplingSettings sampling, IReadOnlyList<int> prompt, int contextSize, int threads)
        : this(path, model, sampling, map, WithBeginning(model, [.. prompt.Select(map.ToModel)]), contextSize, threads)
    {
    }

    private ModelLaneSetup(string path, ILanguageModel model, SamplingSettings sampling, ModelTokenMap? map, int[] promptTokens, int contextSize, int threads)
    {
        Path = path;
        Model = model;
        Map = map;
        Sampling = sampling;
        ContextSize = contextSize;
        Threads = threads;
        PromptTokens = promptTokens;
        var info = model.Info;
        Compute = new ComputeConfig(info.Layers, info.EmbeddingLength, info.FeedForwardLength, info.Heads, info.KvHeads, 4, true, 0);
    }

    /// <summary>
    /// A lane on a text manifold (semantics §8): its tokens are the model's own, and the prompt is the raw text
    /// as the model's tokenizer splits it.
    /// </summary>
    /// <param name="chatPrompt">The prompt already wrapped in the model's chat template (its special tokens are parsed), or null.</param>
    public static ModelLaneSetup OnText(string path, ILanguageModel model, SamplingSettings sampling, string prompt, string? chatPrompt, int contextSize, int threads)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(prompt);
        if (chatPrompt is null)
        {
            return new ModelLaneSetup(path, model, sampling, null, WithBeginning(model, prompt.Length == 0 ? [] : model.Tokenize(prompt, parseSpecial: false)), contextSize, threads);
        }

        // A template that writes the BOS itself (Llama 2's "<s>[INST]") gets no second one.
        var tokens = model.Tokenize(chatPrompt, parseSpecial: true);
        var templated = tokens.Count > 0 && tokens[0] == model.BeginningOfSequence ? [.. tokens] : WithBeginning(model, tokens);
        return new ModelLaneSetup(path, model, sampling, null, templated, contextSize, threads);
    }

    public string Path { get; }

    public ILanguageModel Model { get; }

    /// <summary>How V maps onto the model's tokens on a token manifold; null on a text manifold, where the lane's tokens are the model's.</summary>
    public ModelTokenMap? Map { get; }

    public SamplingSettings Sampling { get; }

    /// <summary>The prompt as the model reads it: its beginning-of-sequence token (if it adds one), then the prompt's tokens.</summary>
    public IReadOnlyList<int> PromptTokens { get; }

    public ComputeConfig Compute { get; }

    public int ContextSize { get; }

    public int Threads { get; }

    public PrefixDecoder CreateDecoder() => new(Model.CreateDecoder(ContextSize, Threads), Model.VocabularySize);

    /// <summary>The prompt followed by the generated model tokens: what the cache must hold before the next draw.</summary>
    public int[] Sequence(IReadOnlyList<int> generated) => [.. PromptTokens, .. generated];

    /// <summary>
    /// Charges a decode by what happened (semantics §9): every position sent is computed (recomputed when the
    /// ledger saw it before), every cached position attended to is reused.
    /// </summary>
    public void Charge(ref ComputeLedger ledger, DecodeWork work)
    {
        if (work.Decoded == 0)
        {
            return;
        }

        ledger.CausalPass(Compute, work.From, work.To);
        ledger.Reuse(Compute.CausalRangeFlops(0, work.From));
    }

    /// <summary>The lane's id of a model token: its id in V (or V's outside id) on a token manifold, itself on text.</summary>
    public int ToLane(int modelToken) => Map?.ToScenario(modelToken) ?? modelToken;

    /// <summary>The model token of one of the lane's ids (a forced token).</summary>
    public int ToModel(int laneToken) => Map?.ToModel(laneToken) ?? laneToken;

    /// <summary>
    /// p_t over the model's tokens and the lane's distribution: its projection on V ∪ {outside} on a token
    /// manifold; on text, p_t itself (its tokens of nonzero probability), so token_error sums p over the
    /// invalid model tokens exactly.
    /// </summary>
    public (double[] ModelProbabilities, TokenDistribution Distribution) Distribution(ReadOnlySpan<float> logits)
    {
        var probabilities = NextTokenProbabilities.Compute(logits, Sampling);
        return (probabilities, Map is { } map ? map.Project(probabilities) : Sparse(probabilities));
    }

    /// <summary>The model's beginning-of-sequence token (if it adds one) before the prompt; an empty prompt with no BOS starts after the EOS token.</summary>
    private static int[] WithBeginning(ILanguageModel model, IReadOnlyList<int> prompt)
    {
        ArgumentNullException.ThrowIfNull(model);
        var bos = model.BeginningOfSequence ?? (prompt.Count == 0 ? model.EndOfGeneration : (int?)null);
        return [.. bos is { } b ? [b] : Array.Empty<int>(), .. prompt];
    }

    private static TokenDistribution Sparse(double[] probabilities)
    {
        var tokens = new List<int>();
        var masses = new List<double>();
        for (var v = 0; v < probabilities.Length; v++)
        {
            if (probabilities[v] > 0)
            {
                tokens.Add(v);
                masses.Add(probabilities[v]);
            }
        }

        return TokenDistribution.Create(probabilities.Length, [.. tokens], [.. masses], 0.0, []);
    }
}
