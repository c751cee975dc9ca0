using ArDivergence.Core.Text;

namespace ArDivergence.Core.Tests.Text;

/// <summary>Patterns outside the subset are refused with a message and the offset where the problem starts.</summary>
public class PatternRefusalTests
{
    [Theory]
    [InlineData(@"(a)\1", 3, "back-reference")]
    [InlineData(@"(?<x>a)\k<x>", 7, "back-reference")]
    [InlineData("x(?=a)", 1, "look-around")]
    [InlineData("x(?<!a)", 1, "look-around")]
    [InlineData("a*?", 2, "lazy")]
    [InlineData("ab{1,2}?", 7, "lazy")]
    [InlineData("a++", 2, "possessive")]
    [InlineData("a^b", 1, "anchors")]
    [InlineData("a$b", 1, "anchors")]
    [InlineData(@"\bfoo", 0, "anchor")]
    [InlineData("a{2,1}", 1, "maximum below")]
    [InlineData("a{1001}", 1, "limit")]
    [InlineData("[z-a]", 1, "out of order")]
    [InlineData("x(ab", 1, "never closed")]
    [InlineData("ab)", 2, "unmatched")]
    [InlineData("*a", 0, "nothing to repeat")]
    [InlineData("a|+", 2, "nothing to repeat")]
    [InlineData(@"\p{L}", 0, "Unicode categories")]
    [InlineData("[ab", 0, "never closed")]
    [InlineData("(?i)a", 0, "inline options")]
    [InlineData(@"ab\q", 2, "unknown escape")]
    [InlineData("a{x}", 1, "literal brace")]
    public void Unsupported_syntax_is_refused_at_its_offset(string pattern, int offset, string words)
    {
        var error = Assert.Throws<TextPatternException>(() => TextPatterns.Regex(pattern, ignoreCase: false));
        Assert.Equal(offset, error.Offset);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_whose_dfa_is_too_large_is_refused()
    {
        // The n-th symbol from the end forces 2^n DFA states.
        var error = Assert.Throws<TextPatternException>(() => TextPatterns.Regex("(a|b)*a(a|b){15}", ignoreCase: false));
        Assert.Contains("automaton states", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Redundant_outer_anchors_are_accepted()
    {
        Assert.True(TextPatterns.Regex("^ab$", ignoreCase: false).Matches("ab"));
        Assert.True(TextPatterns.Regex(@"a\$", ignoreCase: false).Matches("a$"));
    }
}
