using System.Globalization;

namespace ArDivergence.Core.Text;

/// <summary>The pattern parser's small lexical checks that need no parser state: escapes, repetition counts, group names.</summary>
internal static class RegexLexical
{
    public static bool IsEscaped(string pattern, int index)
    {
        var backslashes = 0;
        for (var i = index - 1; i >= 0 && pattern[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    public static bool IsCount(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    public static int Count(string digits, int at)
    {
        if (digits.Length > 6 || int.Parse(digits, CultureInfo.InvariantCulture) > TextLimits.MaxRepetition)
        {
            throw new TextPatternException($"repetition count {digits} is above the limit of {TextLimits.MaxRepetition}", at);
        }

        return int.Parse(digits, CultureInfo.InvariantCulture);
    }

    public static int? NamedGroupEnd(ReadOnlySpan<char> rest)
    {
        var start = rest.StartsWith("?P<") ? 3 : 2;
        var close = rest[start..].IndexOfAny('>', '\'');
        return close > 0 && IsGroupName(rest.Slice(start, close)) ? start + close + 1 : null;
    }

    private static bool IsGroupName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
