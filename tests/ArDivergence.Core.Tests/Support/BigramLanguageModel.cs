using System.Text;
using ArDivergence.Core.Models;

namespace ArDivergence.Core.Tests.Support;

/// <summary>
/// A pure C# stand-in for a GGUF model: its logits depend only on the last token (a bigram table), and its
/// decoders count every position they are sent, so tests can check what a lane actually decoded.
/// </summary>
internal sealed class BigramLanguageModel : ILanguageModel
{
    private readonly byte[][] _tokens;
    private readonly Func<int, float[]> _logitsAfter;
    private readonly HashSet<int> _byteTokens;

    /// <param name="tokens">Token texts; the model's ids are their indices.</param>
    /// <param name="logitsAfter">The logits after a token (a bigram table).</param>
    public BigramLanguageModel(string[] tokens, int? bos, int eos, Func<int, float[]> logitsAfter)
        : this([.. tokens.Select(Encoding.UTF8.GetBytes)], bos, eos, logitsAfter, [])
    {
    }

    /// <param name="tokens">Token bytes (a byte token is one byte, possibly part of a character).</param>
    /// <param name="byteTokens">The ids of raw byte tokens.</param>
    public BigramLanguageModel(byte[][] tokens, int? bos, int eos, Func<int, float[]> logitsAfter, IEnumerable<int> byteTokens)
    {
        _tokens = tokens;
        _logitsAfter = logitsAfter;
        _byteTokens = [.. byteTokens];
        BeginningOfSequence = bos;
        EndOfGeneration = eos;
    }

    public LanguageModelInfo Info { get; } = new("bigram", "llama", 1234, Layers: 2, EmbeddingLength: 64, FeedForwardLength: 128, Heads: 4, KvHeads: 2);

    public int VocabularySize => _tokens.Length;

    public int? BeginningOfSequence { get; }

    public int EndOfGeneration { get; }

    /// <summary>Every decoder made so far.</summary>
    public List<CountingDecoder> Decoders { get; } = [];

    /// <summary>
    /// lecun-iid's noisy oracle (error 0.01, noise invalid) as a model over {a, b, c, x, &lt;s&gt;, &lt;eos&gt;}:
    /// a, b, c at 0.33 each and x at 0.01 after every token; &lt;s&gt; and &lt;eos&gt; never.
    /// </summary>
    public static BigramLanguageModel NoisyOracle(double error = 0.01)
    {
        var valid = (float)Math.Log((1 - error) / 3);
        var invalid = (float)Math.Log(error);
        return new BigramLanguageModel(["a", "b", "c", "x", "<s>", "<eos>"], 4, 5, _ => [valid, valid, valid, invalid, float.NegativeInfinity, float.NegativeInfinity]);
    }

    public ReadOnlyMemory<byte> TokenBytes(int token) => _tokens[token];

    public bool IsByte(int token) => _byteTokens.Contains(token);

    public bool IsControl(int token) => token == BeginningOfSequence || token == EndOfGeneration;

    /// <summary>Greedy longest match over the ordinary tokens' bytes (enough for the tests' prompts).</summary>
    public IReadOnlyList<int> Tokenize(string text, bool parseSpecial)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var tokens = new List<int>();
        var at = 0;
        while (at < bytes.Length)
        {
            var best = -1;
            for (var id = 0; id < _tokens.Length; id++)
            {
                if (!IsControl(id) && _tokens[id].Length > 0 && bytes.AsSpan(at).StartsWith(_tokens[id])
                    && (best < 0 || _tokens[id].Length > _tokens[best].Length))
                {
                    best = id;
                }
            }

            if (best < 0)
            {
                throw new ArgumentException($"no token for '{text}' at byte {at}", nameof(text));
            }

            tokens.Add(best);
            at += _tokens[best].Length;
        }

        return tokens;
    }

    public float[] LogitsAfter(int token) => _logitsAfter(token);

    public ILanguageModelDecoder CreateDecoder(int contextSize, int threads)
    {
        var decoder = new CountingDecoder(this, contextSize);
        lock (Decoders)
        {
            Decoders.Add(decoder);
        }

        return decoder;
    }

    /// <summary>A KV cache that records the positions each decode sent and each rollback.</summary>
    internal sealed class CountingDecoder(BigramLanguageModel model, int contextSize) : ILanguageModelDecoder
    {
        private readonly List<int> _cache = [];

        public int CachedPositions => _cache.Count;

        /// <summary>Every decode as (first position, tokens sent).</summary>
        public List<(int From, int Count)> Decodes { get; } = [];

        /// <summary>Every rollback as the position it rolled back to.</summary>
        public List<int> Rollbacks { get; } = [];

        public void RemoveFrom(int position)
        {
            Rollbacks.Add(position);
            _cache.RemoveRange(position, _cache.Count - position);
        }

        public double Decode(ReadOnlySpan<int> tokens, Span<float> lastLogits)
        {
            if (_cache.Count + tokens.Length > contextSize)
            {
                throw new InvalidOperationException("context full");
            }

            Decodes.Add((_cache.Count, tokens.Length));
            _cache.AddRange(tokens.ToArray());
            model.LogitsAfter(tokens[^1]).CopyTo(lastLogits);
            return 0.5;
        }

        public void Dispose()
        {
        }
    }
}
