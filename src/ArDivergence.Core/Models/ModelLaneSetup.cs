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
    public ModelLaneSetup(string path, ILanguageModel model, ModelTokenMap map, SamplingSettings sampling, IReadOnlyList<int> prompt, int contextSize, int threads)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(prompt);
        Path = path;
        Model = model;
        Map = map;
        Sampling = sampling;
        ContextSize = contextSize;
        Threads = threads;
        var bos = model.BeginningOfSequence ?? (prompt.Count == 0 ? model.EndOfGeneration : (int?)null);
        PromptTokens = [.. bos is { } b ? [b] : Array.Empty<int>(), .. prompt.Select(map.ToModel)];
        var info = model.Info;
        Compute = new ComputeConfig(info.Layers, info.EmbeddingLength, info.FeedForwardLength, info.Heads, info.KvHeads, 4, true, 0);
    }

    public string Path { get; }

    public ILanguageModel Model { get; }

    public ModelTokenMap Map { get; }

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

    /// <summary>p_t over the model's tokens and its projection on V ∪ {outside}.</summary>
    public (double[] ModelProbabilities, TokenDistribution Distribution) Distribution(ReadOnlySpan<float> logits)
    {
        var probabilities = NextTokenProbabilities.Compute(logits, Sampling);
        return (probabilities, Map.Project(probabilities));
    }
}
