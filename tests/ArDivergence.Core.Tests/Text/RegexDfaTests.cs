using System.Text;
using System.Text.RegularExpressions;
using ArDivergence.Core.Text;
using CsCheck;

namespace ArDivergence.Core.Tests.Text;

/// <summary>The byte-level DFA against .NET's Regex (full match; ECMAScript classes, which are ASCII like ours).</summary>
public class RegexDfaTests
{
    [Fact]
    public void Regex_dfa_agrees_with_dotnet_regex_on_random_patterns_and_texts()
    {
        Gen.Select(RandomPatterns.Pattern, RandomPatterns.Text.Array[20], Gen.Bool).Sample((pattern, texts, ignoreCase) =>
        {
            var dfa = TextPatterns.Regex(pattern, ignoreCase);
            var options = RegexOptions.ECMAScript | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);

            // ECMAScript mode has no \z (and $ also matches before a final newline): end = no character follows.
            var reference = new Regex($"^(?:{pattern})(?![\\s\\S])", options);
            foreach (var text in texts)
            {
                Assert.True(reference.IsMatch(text) == dfa.Matches(text), $"/{pattern}/ ignore_case={ignoreCase} on \"{Escape(text)}\": .NET {reference.IsMatch(text)}, dfa {dfa.Matches(text)}");
            }
        }, iter: 400);
    }

    [Fact]
    public void Answers_dfa_accepts_exactly_the_listed_strings()
    {
        Gen.Select(RandomPatterns.Text.Array[0, 5], RandomPatterns.Text.Array[20], Gen.Bool).Sample((answers, texts, ignoreCase) =>
        {
            var dfa = TextPatterns.Answers(answers, ignoreCase);
            foreach (var text in texts.Concat(answers).Concat(answers.Select(a => a.ToUpperInvariant())))
            {
                var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
                var expected = answers.Any(a => string.Equals(a, text, comparison));
                Assert.True(expected == dfa.Matches(text), $"answers [{string.Join(", ", answers.Select(Escape))}] ignore_case={ignoreCase} on \"{Escape(text)}\"");
            }
        }, iter: 300);
    }

    [Fact]
    public void Dot_and_negated_classes_match_one_code_point_of_any_utf8_length()
    {
        var dot = TextPatterns.Regex(".", ignoreCase: false);
        var notA = TextPatterns.Regex("[^a]", ignoreCase: false);
        var greek = TextPatterns.Regex("[α-ω]+", ignoreCase: false);
        Gen.Int[0, 0x10FFFF].Where(c => c is < 0xD800 or > 0xDFFF).Sample(c =>
        {
            var bytes = Encoding.UTF8.GetBytes(char.ConvertFromUtf32(c));
            Assert.Equal(c != '\n', dot.Matches(bytes));
            Assert.Equal(c != 'a', notA.Matches(bytes));
            Assert.Equal(c is >= 'α' and <= 'ω', greek.Matches(bytes));
            Assert.False(dot.Matches([.. bytes, .. bytes]));

            // A proper prefix of a multi-byte character is alive (not accepted) under `.`.
            for (var cut = 1; cut < bytes.Length; cut++)
            {
                var state = dot.Run(dot.Start, bytes.AsSpan(0, cut));
                Assert.True(dot.IsAlive(state) && !dot.IsAccepting(state));
            }
        }, iter: 3000);
    }

    [Fact]
    public void Invalid_utf8_never_matches_dot()
    {
        var dot = TextPatterns.Regex(".*", ignoreCase: false);
        Assert.False(dot.Matches([0xC3]));
        Assert.False(dot.Matches([0xFF]));
        Assert.False(dot.Matches([0xED, 0xA0, 0x80]));
        Assert.True(dot.Matches([0xC3, 0xA9]));
    }

    [Fact]
    public void A_dfa_is_minimal_on_a_known_case()
    {
        // (a|b)*abb has the classic 4-state minimal DFA.
        Assert.Equal(4, TextPatterns.Regex("(a|b)*abb", ignoreCase: false).StateCount);
        Assert.Equal(11, TextPatterns.Regex(@"\d{4}-\d{2}-\d{2}", ignoreCase: false).StateCount);
    }

    private static string Escape(string text) => text.Replace("\n", "\\n", StringComparison.Ordinal);
}
