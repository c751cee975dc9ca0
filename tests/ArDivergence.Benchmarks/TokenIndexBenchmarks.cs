using System.Text;
using ArDivergence.Core.Text;
using BenchmarkDotNet.Attributes;

namespace ArDivergence.Benchmarks;

/// <summary>
/// Issue 12's target: the token index of a text manifold for a 150,000-token vocabulary and a DFA of
/// about 20 states in at most 1 s. The vocabulary is synthetic and BPE-like (every byte as a token, then
/// words of 2–12 bytes over letters, digits, punctuation, spaces and multi-byte characters); the DFA is an
/// ISO date with an optional time.
/// </summary>
[MemoryDiagnoser]
public class TokenIndexBenchmarks
{
    public const string Pattern = @"\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?";

    private const int VocabularySize = 150_000;

    private TextVocabulary _vocabulary = null!;
    private ByteDfa _dfa = null!;

    [GlobalSetup]
    public void Setup()
    {
        _vocabulary = SyntheticVocabulary(VocabularySize, seed: 42);
        _dfa = TextPatterns.Regex(Pattern, ignoreCase: false);
    }

    /// <summary>Trie, the token moves of every DFA state and d of every state: the whole index.</summary>
    [Benchmark]
    public long WholeIndex()
    {
        var index = new TokenIndex(_dfa, _vocabulary);
        long total = 0;
        for (var q = 0; q < _dfa.StateCount; q++)
        {
            total += index.Moves(q).Count + index.Distance(q);
        }

        return total;
    }

    /// <summary>What the first step of a lane needs: the trie, the start state's moves and their d.</summary>
    [Benchmark]
    public int FirstStep()
    {
        var manifold = new TextManifold(new TokenIndex(_dfa, _vocabulary), 32);
        return manifold.Moves(manifold.StartState, 1).Count;
    }

    /// <summary>A BPE-like vocabulary: the 256 single bytes, then distinct random words; the last token is end-of-text.</summary>
    public static TextVocabulary SyntheticVocabulary(int size, int seed)
    {
        var random = new Random(seed);
        const string ascii = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789      .,:;-'\"!?()";
        string[] multiByte = ["é", "ü", "ж", "中", "文", "€", "😀", "ß"];
        var tokens = new List<byte[]>(size);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var b = 0; b < 256; b++)
        {
            tokens.Add([(byte)b]);
            seen.Add(Convert.ToHexString([(byte)b]));
        }

        var word = new StringBuilder();
        while (tokens.Count < size - 1)
        {
            word.Clear();
            var length = random.Next(2, 9);
            for (var i = 0; i < length; i++)
            {
                word.Append(random.Next(10) == 0 ? multiByte[random.Next(multiByte.Length)] : ascii[random.Next(ascii.Length)].ToString());
            }

            var bytes = Encoding.UTF8.GetBytes(word.ToString());
            if (seen.Add(Convert.ToHexString(bytes)))
            {
                tokens.Add(bytes);
            }
        }

        tokens.Add("<|endoftext|>"u8.ToArray());
        return new TextVocabulary(tokens, endOfText: tokens.Count - 1, controlTokens: []);
    }
}
