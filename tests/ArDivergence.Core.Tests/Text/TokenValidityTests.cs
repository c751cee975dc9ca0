using System.Text;
using System.Text.RegularExpressions;
using ArDivergence.Core.Text;
using CsCheck;

namespace ArDivergence.Core.Tests.Text;

/// <summary>
/// The token-level rule of semantics §8 from the index (A(x&lt;t) of <see cref="TextManifold"/>) against
/// brute force over every token sequence of a tiny vocabulary up to L: a token is valid iff some
/// continuation within the budget makes the text a full match (the match decided by .NET's Regex on
/// the decoded text), end-of-text iff the text matches now, a control token never.
/// </summary>
public class TokenValidityTests
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Theory]
    [InlineData("(ab|é)+", 4)]
    [InlineData("a?é{1,2}b", 4)]
    [InlineData("[^a]{2}", 3)]
    [InlineData("ж|ab", 3)]
    [InlineData(".b", 4)]
    [InlineData("", 2)]
    [InlineData("(a|b)*éжb", 4)]
    public void Validity_from_the_index_equals_brute_force(string pattern, int length) =>
        CompareWithBruteForce(pattern, ignoreCase: false, length);

    [Fact]
    public void Validity_equals_brute_force_for_random_patterns() =>
        Gen.Select(RandomPatterns.Pattern, Gen.Int[1, 3], Gen.Bool).Sample(
            (pattern, length, ignoreCase) => CompareWithBruteForce(pattern, ignoreCase, length), iter: 60);

    [Fact]
    public void Answers_validity_equals_brute_force()
    {
        var answers = new[] { "ab", "é", "aéb", "Ab" };
        var vocabulary = TinyTextVocabulary.Create();
        var manifold = new TextManifold(new TokenIndex(TextPatterns.Answers(answers, ignoreCase: false), vocabulary), 3);
        CompareWithBruteForce(manifold, text => answers.Contains(text), vocabulary);
    }

    [Fact]
    public void After_end_of_text_the_lane_has_ended_and_every_token_is_valid()
    {
        var vocabulary = TinyTextVocabulary.Create();
        var manifold = new TextManifold(new TokenIndex(TextPatterns.Regex("ab", ignoreCase: false), vocabulary), 4);
        var afterAb = manifold.Moves(manifold.StartState, 1).Next(5);
        var moves = manifold.Moves(afterAb, 2);
        Assert.Equal([TinyTextVocabulary.EndOfText], moves.Tokens);
        var ended = moves.Next(TinyTextVocabulary.EndOfText);
        Assert.True(manifold.IsEnded(ended));
        Assert.Equal(vocabulary.Count, manifold.Moves(ended, 3).Count);
        Assert.False(manifold.IsEnded(afterAb));
    }

    [Fact]
    public void Distance_counts_tokens_not_bytes()
    {
        // "éé" is 4 bytes: two whole-letter tokens suffice, so d = 2 from the start.
        var index = new TokenIndex(TextPatterns.Regex("éé", ignoreCase: false), TinyTextVocabulary.Create());
        Assert.Equal(2, index.Distance(index.Dfa.Start));
        Assert.Equal(4, index.Dfa.BytesToAccept(index.Dfa.Start));
        Assert.Equal(TokenIndex.Unreachable, new TokenIndex(TextPatterns.Regex("c", ignoreCase: false), TinyTextVocabulary.Create()).Distance(0));
    }

    private static void CompareWithBruteForce(string pattern, bool ignoreCase, int length)
    {
        var vocabulary = TinyTextVocabulary.Create();
        var options = RegexOptions.ECMAScript | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        var reference = new Regex($"^(?:{pattern})(?![\\s\\S])", options);
        var manifold = new TextManifold(new TokenIndex(TextPatterns.Regex(pattern, ignoreCase), vocabulary), length);
        CompareWithBruteForce(manifold, reference.IsMatch, vocabulary);
    }

    private static void CompareWithBruteForce(TextManifold manifold, Func<string, bool> matches, TextVocabulary vocabulary)
    {
        var brute = new BruteForce(vocabulary, matches);
        var length = manifold.Length;

        // Every on-manifold prefix of ordinary tokens (the only ones after which the lane still steps).
        var frontier = new List<(byte[] Text, int State)> { ([], manifold.StartState) };
        for (var t = 1; t <= length; t++)
        {
            var next = new List<(byte[] Text, int State)>();
            foreach (var (text, state) in frontier)
            {
                var moves = manifold.Moves(state, t);
                var expected = Enumerable.Range(0, vocabulary.Count).Where(v => brute.IsValid(text, v, t, length)).ToArray();
                Assert.True(expected.SequenceEqual(moves.Tokens),
                    $"L={length} t={t} after [{Convert.ToHexString(text)}]: brute [{string.Join(",", expected)}] index [{string.Join(",", moves.Tokens)}]");
                next.AddRange(moves.Tokens
                    .Where(v => v != vocabulary.EndOfText)
                    .Select(v => ((byte[])[.. text, .. vocabulary.Bytes(v)], moves.Next(v))));
            }

            frontier = next;
        }
    }

    private sealed class BruteForce(TextVocabulary vocabulary, Func<string, bool> matches)
    {
        private readonly Dictionary<(string, int), bool> _memo = [];

        public bool IsValid(byte[] text, int token, int t, int length)
        {
            if (token == vocabulary.EndOfText)
            {
                return Matches(text);
            }

            return !vocabulary.IsControl(token) && CanComplete([.. text, .. vocabulary.Bytes(token)], length - t);
        }

        /// <summary>Some sequence of at most <paramref name="tokens"/> ordinary tokens makes the text a full match.</summary>
        private bool CanComplete(byte[] text, int tokens)
        {
            var key = (Convert.ToHexString(text), tokens);
            if (_memo.TryGetValue(key, out var known))
            {
                return known;
            }

            var result = Matches(text)
                || (tokens > 0 && TinyTextVocabulary.Ordinary(vocabulary).Any(v => CanComplete([.. text, .. vocabulary.Bytes(v)], tokens - 1)));
            _memo[key] = result;
            return result;
        }

        private bool Matches(byte[] text)
        {
            string decoded;
            try
            {
                decoded = StrictUtf8.GetString(text);
            }
            catch (DecoderFallbackException)
            {
                return false;
            }

            return matches(decoded);
        }
    }

}
