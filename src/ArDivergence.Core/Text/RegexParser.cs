using System.Buffers;
using System.Globalization;
using System.Text;

namespace ArDivergence.Core.Text;

/// <summary>
/// Parses the regular-expression subset of text manifolds (semantics §8): literals, classes with
/// ranges and negation, `.`, `|`, groups, `* + ?`, `{m}`, `{m,}`, `{m,n}`, `\d \w \s` (and their
/// negations) and escapes. Everything that does not describe a regular language of the whole text —
/// back-references, look-around, anchors inside, lazy or possessive quantifiers, inline options — is
/// refused with a <see cref="TextPatternException"/> that gives the offset into the pattern.
/// </summary>
public sealed class RegexParser
{
    private readonly string _pattern;
    private readonly bool _ignoreCase;
    private int _position;

    private RegexParser(string pattern, bool ignoreCase)
    {
        _pattern = pattern;
        _ignoreCase = ignoreCase;
    }

    public static RegexNode Parse(string pattern, bool ignoreCase)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var parser = new RegexParser(pattern, ignoreCase);

        // The pattern is anchored at both ends anyway: a leading ^ and a trailing $ change nothing.
        var end = pattern.Length;
        if (pattern.StartsWith('^'))
        {
            parser._position = 1;
        }

        if (end > parser._position && pattern[end - 1] == '$' && !RegexLexical.IsEscaped(pattern, end - 1))
        {
            end--;
        }

        var node = parser.ParseAlternation(end);
        if (parser._position < end)
        {
            throw new TextPatternException("unmatched ')': no group is open here", parser._position);
        }

        return node;
    }

    private RegexNode ParseAlternation(int end)
    {
        var alternatives = new List<RegexNode> { ParseSequence(end) };
        while (_position < end && _pattern[_position] == '|')
        {
            _position++;
            alternatives.Add(ParseSequence(end));
        }

        return alternatives.Count == 1 ? alternatives[0] : new AlternationNode(alternatives);
    }

    private SequenceNode ParseSequence(int end)
    {
        var parts = new List<RegexNode>();
        while (_position < end && _pattern[_position] is not '|' and not ')')
        {
            parts.Add(ParseQuantifiers(ParseAtom(end), end));
        }

        return new SequenceNode(parts);
    }

    private RegexNode ParseQuantifiers(RegexNode atom, int end)
    {
        var quantified = false;
        while (_position < end && _pattern[_position] is '*' or '+' or '?' or '{')
        {
            var at = _position;
            if (quantified)
            {
                var what = _pattern[at] switch
                {
                    '?' => "lazy quantifiers (*?, +?, ??, {m,n}?) are not supported: a full match does not depend on them; drop the '?'",
                    '+' => "possessive quantifiers (*+, ++, ?+) are not supported",
                    _ => "a quantifier cannot follow another quantifier; put the repeated part in ( )",
                };
                throw new TextPatternException(what, at);
            }

            var (min, max) = ReadQuantifier(end);
            atom = new RepetitionNode(atom, min, max);
            quantified = true;
        }

        return atom;
    }

    private (int Min, int? Max) ReadQuantifier(int end)
    {
        var at = _position;
        var c = _pattern[_position++];
        switch (c)
        {
            case '*':
                return (0, null);
            case '+':
                return (1, null);
            case '?':
                return (0, 1);
        }

        var close = _pattern.IndexOf('}', _position);
        var body = close < 0 || close >= end ? null : _pattern[_position..close];
        var parts = body?.Split(',');
        if (parts is null || parts.Length > 2 || !RegexLexical.IsCount(parts[0]) || (parts.Length == 2 && parts[1].Length > 0 && !RegexLexical.IsCount(parts[1])))
        {
            throw new TextPatternException("'{' starts a repetition {m}, {m,} or {m,n}; write \\{ for a literal brace", at);
        }

        _position = close + 1;
        var min = RegexLexical.Count(parts[0], at);
        int? max = parts.Length == 1 ? min : parts[1].Length == 0 ? null : RegexLexical.Count(parts[1], at);
        if (max < min)
        {
            throw new TextPatternException($"repetition {{{min},{max}}} has its maximum below its minimum", at);
        }

        return (min, max);
    }

    private RegexNode ParseAtom(int end)
    {
        var at = _position;
        var c = _pattern[_position];
        switch (c)
        {
            case '(':
                return ParseGroup(end);
            case '[':
                // Case variants are added inside, before a negation, so [^k] never matches K.
                return new CodePointSetNode(ParseClass(end));
            case '.':
                _position++;
                return new CodePointSetNode(CodePointSet.AnyButNewline);
            case '\\':
                return ParseEscapeAtom();
            case '*' or '+' or '?':
                throw new TextPatternException("nothing to repeat before this quantifier", at);
            case '{' when ReadsAsQuantifier(at):
                throw new TextPatternException("nothing to repeat before this quantifier", at);
            case '^' or '$':
                throw new TextPatternException("anchors (^, $) may only open or close the whole pattern, which is anchored at both ends anyway", at);
            default:
                return Set(CodePointSet.OfOne(ReadCodePoint()));
        }
    }

    private bool ReadsAsQuantifier(int at)
    {
        var close = _pattern.IndexOf('}', at);
        return close > at + 1 && _pattern[(at + 1)..close].Split(',') is { Length: <= 2 } parts && RegexLexical.IsCount(parts[0]);
    }

    private RegexNode ParseGroup(int end)
    {
        var open = _position++;
        if (_position < end && _pattern[_position] == '?')
        {
            SkipGroupPrefix(open, end);
        }

        var inner = ParseAlternation(end);
        if (_position >= end || _pattern[_position] != ')')
        {
            throw new TextPatternException("this '(' is never closed", open);
        }

        _position++;
        return inner;
    }

    private void SkipGroupPrefix(int open, int end)
    {
        var rest = _pattern.AsSpan(_position, end - _position);
        if (rest.StartsWith("?:"))
        {
            _position += 2;
        }
        else if (rest.StartsWith("?=") || rest.StartsWith("?!") || rest.StartsWith("?<=") || rest.StartsWith("?<!"))
        {
            throw new TextPatternException("look-around ((?=, (?!, (?<=, (?<!) is not supported: it has no finite automaton over bytes here", open);
        }
        else if ((rest.StartsWith("?<") || rest.StartsWith("?P<") || rest.StartsWith("?'")) && RegexLexical.NamedGroupEnd(rest) is int skip)
        {
            _position += skip;
        }
        else
        {
            throw new TextPatternException("only plain groups (...), (?:...) and named groups (?<name>...) are supported; inline options, atomic groups and conditionals are not", open);
        }
    }

    private CodePointSetNode ParseEscapeAtom()
    {
        var at = _position;
        if (TryReadClassEscape(out var set))
        {
            return Set(set);
        }

        var next = at + 1 < _pattern.Length ? _pattern[at + 1] : '\0';
        switch (next)
        {
            case >= '1' and <= '9':
                throw new TextPatternException("back-references (\\1 …) are not supported: they do not describe a regular language", at);
            case 'k':
                throw new TextPatternException("named back-references (\\k<name>) are not supported: they do not describe a regular language", at);
            case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                throw new TextPatternException($"the anchor \\{next} is not supported: the pattern is matched against the whole text", at);
        }

        return Set(CodePointSet.OfOne(ReadEscapedCodePoint()));
    }

    /// <summary>\d \D \w \W \s \S at the current position.</summary>
    private bool TryReadClassEscape(out CodePointSet set)
    {
        var next = _position + 1 < _pattern.Length ? _pattern[_position + 1] : '\0';
        CodePointSet? found = char.ToLowerInvariant(next) switch
        {
            'd' => CodePointSet.Digits,
            'w' => CodePointSet.WordCharacters,
            's' => CodePointSet.Whitespace,
            _ => null,
        };
        if (found is null)
        {
            set = CodePointSet.Empty;
            return false;
        }

        _position += 2;
        set = char.IsUpper(next) ? found.Complement() : found;
        return true;
    }

    /// <summary>One escaped code point: \n \t \r \f \v \0 \e \xHH \uHHHH \x{H…} or an escaped punctuation mark.</summary>
    private int ReadEscapedCodePoint()
    {
        var at = _position;
        if (at + 1 >= _pattern.Length)
        {
            throw new TextPatternException("the pattern ends with a lone backslash", at);
        }

        var c = _pattern[at + 1];
        _position += 2;
        switch (c)
        {
            case 'n': return '\n';
            case 't': return '\t';
            case 'r': return '\r';
            case 'f': return '\f';
            case 'v': return '\v';
            case 'e': return '\u001B';
            case '0': return '\0';
            case 'x' when _position < _pattern.Length && _pattern[_position] == '{':
                return ReadHex(_pattern.IndexOf('}', _position) is var close and > 0 ? close - _position - 1 : -1, at, braced: true);
            case 'x':
                return ReadHex(2, at, braced: false);
            case 'u':
                return ReadHex(4, at, braced: false);
            case 'p' or 'P':
                throw new TextPatternException("Unicode categories (\\p{…}) are not supported; list the characters in a class", at);
        }

        if (char.IsAsciiLetterOrDigit(c))
        {
            throw new TextPatternException($"unknown escape \\{c}", at);
        }

        _position = at + 1;
        return ReadCodePoint();
    }

    private int ReadHex(int digits, int at, bool braced)
    {
        var start = braced ? _position + 1 : _position;
        if (digits <= 0 || start + digits > _pattern.Length
            || !int.TryParse(_pattern.AsSpan(start, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            || value > CodePointSet.MaxCodePoint || value is >= 0xD800 and <= 0xDFFF)
        {
            throw new TextPatternException("a hexadecimal escape needs \\xHH, \\uHHHH or \\x{H…} naming a Unicode scalar value", at);
        }

        _position = start + digits + (braced ? 1 : 0);
        return value;
    }

    private int ReadCodePoint()
    {
        var at = _position;
        if (Rune.DecodeFromUtf16(_pattern.AsSpan(_position), out var rune, out var used) != OperationStatus.Done)
        {
            throw new TextPatternException("the pattern holds a lone surrogate, which is not a character", at);
        }

        _position += used;
        return rune.Value;
    }

    private CodePointSet ParseClass(int end)
    {
        var open = _position++;
        var negated = _position < end && _pattern[_position] == '^';
        if (negated)
        {
            _position++;
        }

        var members = new List<CodePointSet>();
        var first = true;
        while (_position < end && (_pattern[_position] != ']' || first))
        {
            first = false;
            var at = _position;
            if (_pattern[at] == '\\' && TryReadClassEscape(out var escaped))
            {
                members.Add(escaped);
                continue;
            }

            var low = ClassCodePoint();
            if (_position + 1 < end && _pattern[_position] == '-' && _pattern[_position + 1] != ']')
            {
                if (_pattern[_position + 1] == '[')
                {
                    throw new TextPatternException("class subtraction [a-z-[…]] is not supported", _position);
                }

                _position++;
                var rangeEnd = _position;
                if (_pattern[rangeEnd] == '\\' && TryReadClassEscape(out _))
                {
                    throw new TextPatternException("a range cannot end in a class escape such as \\d", rangeEnd);
                }

                var high = ClassCodePoint();
                if (high < low)
                {
                    throw new TextPatternException("this range is out of order (its end comes before its start)", at);
                }

                members.Add(CodePointSet.Of((low, high)));
            }
            else
            {
                members.Add(CodePointSet.OfOne(low));
            }
        }

        if (_position >= end)
        {
            throw new TextPatternException("this '[' is never closed", open);
        }

        _position++;
        var set = members.Aggregate(CodePointSet.Empty, (all, member) => all.Union(member));
        if (_ignoreCase)
        {
            set = set.WithCaseVariants();
        }

        return negated ? set.Complement() : set;
    }

    private int ClassCodePoint() => _pattern[_position] == '\\' ? ReadEscapedCodePoint() : ReadCodePoint();

    private CodePointSetNode Set(CodePointSet set) =>
        new(_ignoreCase ? set.WithCaseVariants() : set);
}
