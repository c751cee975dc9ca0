using ArDivergence.Gguf.Format;

namespace ArDivergence.Gguf.Models;

/// <summary>
/// What a GGUF file says about its model: the architecture, the hyperparameters semantics §5 reads
/// (block_count, embedding_length, feed_forward_length, head_count, head_count_kv, context_length,
/// under the architecture's prefix, e.g. llama.block_count), the parameters by tensor type, the
/// tokenizer and its special tokens. A value the file lacks (or gives in another shape, such as a
/// per-layer head count) is null.
/// </summary>
public sealed record GgufModelInfo(
    uint Version,
    ulong FileSize,
    string? Architecture,
    string? Name,
    ulong? ContextLength,
    ulong? BlockCount,
    ulong? EmbeddingLength,
    ulong? FeedForwardLength,
    ulong? HeadCount,
    ulong? HeadCountKv,
    ulong ParameterCount,
    IReadOnlyList<TensorTypeTotal> TensorTypes,
    int? VocabularySize,
    string? TokenizerModel,
    SpecialToken? Bos,
    SpecialToken? Eos)
{
    public static GgufModelInfo From(GgufFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var architecture = file["general.architecture"]?.AsString();
        ulong? Hyper(string name) => architecture is null ? null : file[$"{architecture}.{name}"]?.AsUnsigned();
        var tokens = file["tokenizer.ggml.tokens"]?.AsArray();
        var pieces = tokens?.Items as string[];
        SpecialToken? Special(string key)
        {
            var id = file[key]?.AsUnsigned();
            return id is { } value ? new SpecialToken(value, pieces is not null && value < (ulong)pieces.Length ? pieces[value] : null) : null;
        }

        var totals = file.Tensors
            .GroupBy(t => t.Type)
            .OrderBy(g => g.Key.Id)
            .Select(g => new TensorTypeTotal(
                g.Key.Name,
                g.Count(),
                g.Aggregate(0UL, (sum, t) => sum + t.ElementCount),
                g.All(t => t.ByteSize is not null) ? g.Aggregate(0UL, (sum, t) => sum + t.ByteSize!.Value) : null))
            .ToList();
        return new GgufModelInfo(
            file.Version,
            file.FileSize,
            architecture,
            file["general.name"]?.AsString(),
            Hyper("context_length"),
            Hyper("block_count"),
            Hyper("embedding_length"),
            Hyper("feed_forward_length"),
            Hyper("attention.head_count"),
            Hyper("attention.head_count_kv"),
            totals.Aggregate(0UL, (sum, t) => sum + t.Parameters),
            totals,
            tokens?.Count ?? (int?)Hyper("vocab_size"),
            file["tokenizer.ggml.model"]?.AsString(),
            Special("tokenizer.ggml.bos_token_id"),
            Special("tokenizer.ggml.eos_token_id"));
    }
}
