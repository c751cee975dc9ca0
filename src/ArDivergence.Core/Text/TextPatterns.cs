using System.Text;

namespace ArDivergence.Core.Text;

/// <summary>
/// The two text manifolds' languages as <see cref="ByteDfa"/>s: a regular expression of the supported
/// subset (our own compiler: .NET's Regex is a backtracking or lazily built matcher over UTF-16 with no
/// automaton state one can step byte by byte, which the token index needs), and a list of answers (a
/// trie of their UTF-8 bytes, built through the same construction so that ignore_case works alike).
/// </summary>
public static class TextPatterns
{
    /// <summary>The automaton of texts that fully match <paramref name="pattern"/>.</summary>
    /// <exception cref="TextPatternException">Outside the subset or beyond a limit, with the offset into the pattern.</exception>
    public static ByteDfa Regex(string pattern, bool ignoreCase) =>
        DfaBuilder.Build(ByteNfa.Build(RegexParser.Parse(pattern, ignoreCase)));

    /// <summary>The automaton of texts equal to one of <paramref name="answers"/> (case-insensitively with <paramref name="ignoreCase"/>).</summary>
    public static ByteDfa Answers(IReadOnlyList<string> answers, bool ignoreCase)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Count > TextLimits.MaxAnswers)
        {
            throw new TextPatternException($"more than {TextLimits.MaxAnswers:N0} answers", 0);
        }

        var alternatives = answers.Select(answer => (RegexNode)new SequenceNode(
            [.. answer.EnumerateRunes().Select(rune => Literal(rune, ignoreCase))])).ToArray();
        return DfaBuilder.Build(ByteNfa.Build(new AlternationNode(alternatives)));
    }

    private static CodePointSetNode Literal(Rune rune, bool ignoreCase)
    {
        var set = CodePointSet.OfOne(rune.Value);
        return new CodePointSetNode(ignoreCase ? set.WithCaseVariants() : set);
    }
}
