namespace ArDivergence.Core.Models;

/// <summary>
/// A decoder that follows the token sequences it is asked for: it keeps what its KV cache shares with the
/// request, rolls back the rest (seq_rm) and decodes only what is missing. It remembers the logits of recent
/// positions it decoded, so going back to a prefix it already saw (an mpc lane's committed prefix after a
/// rollout) needs no decode at all.
/// </summary>
public sealed class PrefixDecoder(ILanguageModelDecoder decoder, int vocabularySize) : IDisposable
{
    /// <summary>How many positions' logits are kept: enough for any mpc horizon a user steps through.</summary>
    private const int RememberedPositions = 256;

    private readonly List<int> _cached = [];
    private readonly Dictionary<int, float[]> _logitsAfter = [];

    public int CachedPositions => _cached.Count;

    /// <summary>
    /// Makes the cache hold exactly <paramref name="tokens"/> (at least one) and returns the logits after them.
    /// <paramref name="work"/> says which positions were decoded and how long that took.
    /// </summary>
    public ReadOnlySpan<float> Follow(IReadOnlyList<int> tokens, out DecodeWork work)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.Count == 0)
        {
            throw new ArgumentException("a decoder needs at least one token", nameof(tokens));
        }

        var common = 0;
        while (common < tokens.Count && common < _cached.Count && _cached[common] == tokens[common])
        {
            common++;
        }

        var rolledBack = _cached.Count - common;
        if (common == tokens.Count && _logitsAfter.TryGetValue(common, out var known))
        {
            Truncate(common);
            work = new DecodeWork(common, common, rolledBack, 0);
            return known;
        }

        // The last token must be decoded for its logits even when it is cached.
        var from = Math.Min(common, tokens.Count - 1);
        Truncate(from);
        var logits = new float[vocabularySize];
        var batch = new int[tokens.Count - from];
        for (var i = 0; i < batch.Length; i++)
        {
            batch[i] = tokens[from + i];
        }

        var milliseconds = decoder.Decode(batch, logits);
        _cached.AddRange(batch);
        _logitsAfter[tokens.Count] = logits;
        _logitsAfter.Remove(tokens.Count - RememberedPositions);
        work = new DecodeWork(from, tokens.Count, rolledBack + (common - from), milliseconds);
        return logits;
    }

    /// <summary>Empties the cache: the next request decodes everything again.</summary>
    public void Clear()
    {
        Truncate(0);
        _logitsAfter.Clear();
    }

    public void Dispose() => decoder.Dispose();

    private void Truncate(int length)
    {
        if (_cached.Count > length)
        {
            decoder.RemoveFrom(length);
            _cached.RemoveRange(length, _cached.Count - length);
        }

        foreach (var position in _logitsAfter.Keys.Where(p => p > length).ToList())
        {
            _logitsAfter.Remove(position);
        }
    }
}
