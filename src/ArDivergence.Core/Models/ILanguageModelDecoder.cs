namespace ArDivergence.Core.Models;

/// <summary>
/// One KV cache of a model (one sequence). Positions are 0-based; the cache holds [0, <see cref="CachedPositions"/>).
/// Not thread-safe: one decoder serves one run at a time.
/// </summary>
public interface ILanguageModelDecoder : IDisposable
{
    int CachedPositions { get; }

    /// <summary>Drops the cache from <paramref name="position"/> on (llama.cpp's seq_rm(seq, position, -1)).</summary>
    void RemoveFrom(int position);

    /// <summary>
    /// Decodes <paramref name="tokens"/> at positions CachedPositions.. and writes the logits of the last one
    /// into <paramref name="lastLogits"/> (length = the model's vocabulary size).
    /// </summary>
    /// <returns>The wall time the decode took, in milliseconds (measured outside Core).</returns>
    double Decode(ReadOnlySpan<int> tokens, Span<float> lastLogits);
}
