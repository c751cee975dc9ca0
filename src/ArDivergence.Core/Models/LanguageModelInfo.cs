namespace ArDivergence.Core.Models;

/// <summary>
/// What the lane header and the compute model (semantics §5) read from a model file's metadata.
/// </summary>
/// <param name="Name">general.name, else the file name.</param>
/// <param name="Architecture">general.architecture (<c>llama</c>, <c>qwen2</c>, ...).</param>
/// <param name="FileBytes">The file's size.</param>
/// <param name="Layers">block_count.</param>
/// <param name="EmbeddingLength">embedding_length (d_model).</param>
/// <param name="FeedForwardLength">feed_forward_length (d_ff).</param>
/// <param name="Heads">attention.head_count.</param>
/// <param name="KvHeads">attention.head_count_kv.</param>
public sealed record LanguageModelInfo(
    string Name,
    string Architecture,
    long FileBytes,
    int Layers,
    int EmbeddingLength,
    int FeedForwardLength,
    int Heads,
    int KvHeads);
