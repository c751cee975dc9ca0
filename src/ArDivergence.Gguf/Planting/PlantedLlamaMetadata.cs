using ArDivergence.Gguf.Format;

namespace ArDivergence.Gguf.Planting;

/// <summary>
/// The llama header and tokenizer keys every planted model writes (the token and the text builders differ only
/// in name, vocabulary, special ids and space prefix); callers append their own <see cref="PlantedKeys"/>.
/// </summary>
internal static class PlantedLlamaMetadata
{
    public static List<KeyValuePair<string, GgufValue>> For(
        string name,
        PlantedModelShape shape,
        IReadOnlyList<string> pieces,
        IReadOnlyList<int> tokenTypes,
        (int Bos, int Eos, int Unknown) special,
        bool addSpacePrefix) =>
    [
        new("general.architecture", GgufValue.Text("llama")),
        new("general.name", GgufValue.Text(name)),
        new("general.file_type", GgufValue.U32(0)),
        new("general.alignment", GgufValue.U32(GgufWriter.Alignment)),
        new("llama.context_length", GgufValue.U32(PlantedModelShape.ContextLength)),
        new("llama.embedding_length", GgufValue.U32((uint)shape.EmbeddingLength)),
        new("llama.block_count", GgufValue.U32(PlantedModelShape.BlockCount)),
        new("llama.feed_forward_length", GgufValue.U32(PlantedModelShape.FeedForwardLength)),
        new("llama.attention.head_count", GgufValue.U32((uint)shape.HeadCount)),
        new("llama.attention.head_count_kv", GgufValue.U32((uint)shape.HeadCount)),
        new("llama.rope.dimension_count", GgufValue.U32(PlantedModelShape.HeadDimension)),
        new("llama.attention.layer_norm_rms_epsilon", GgufValue.F32(PlantedModelShape.RmsEpsilon)),
        new("llama.vocab_size", GgufValue.U32((uint)pieces.Count)),
        new("tokenizer.ggml.model", GgufValue.Text("llama")),
        new("tokenizer.ggml.tokens", GgufValue.Texts(pieces)),
        new("tokenizer.ggml.scores", GgufValue.Floats(new float[pieces.Count])),
        new("tokenizer.ggml.token_type", GgufValue.Ints(tokenTypes)),
        new("tokenizer.ggml.bos_token_id", GgufValue.U32((uint)special.Bos)),
        new("tokenizer.ggml.eos_token_id", GgufValue.U32((uint)special.Eos)),
        new("tokenizer.ggml.unknown_token_id", GgufValue.U32((uint)special.Unknown)),
        new("tokenizer.ggml.add_bos_token", GgufValue.Flag(true)),
        new("tokenizer.ggml.add_eos_token", GgufValue.Flag(false)),
        new("tokenizer.ggml.add_space_prefix", GgufValue.Flag(addSpacePrefix)),
    ];
}
