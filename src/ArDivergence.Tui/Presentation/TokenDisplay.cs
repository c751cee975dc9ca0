using System.Buffers;
using System.Globalization;
using System.Text;
using ArDivergence.Core.Debugging;

namespace ArDivergence.Tui.Presentation;

/// <summary>
/// A token as the debugger shows it. Real tokenizers make tokens of spaces, newlines, control bytes and single
/// bytes of a multi-byte character; drawn as they are, " Paris" and "Paris" look alike, a newline breaks the row
/// and a lone byte is a replacement character. So every space is <see cref="Space"/>, a newline, tab or carriage
/// return is <c>\n</c>, <c>\t</c>, <c>\r</c>, a backslash is <c>\\</c> (so an escape is never ambiguous), a byte
/// that is no valid UTF-8 on its own is <c>\xNN</c>, any other invisible character (controls, other spaces,
/// zero-width and format characters) is <c>\uXXXX</c>, a combining mark with nothing to combine with sits on
/// <see cref="DottedCircle"/>, and the empty token is <see cref="Empty"/>. Printable text, wide characters and
/// emoji (with their joiners and variation selectors) are kept.
/// </summary>
public static class TokenDisplay
{
    public const string Space = "␣";

    public const string Empty = "∅";

    /// <summary>The base Unicode draws a combining mark on when it has none.</summary>
    public const string DottedCircle = "◌";

    private const int ZeroWidthJoiner = 0x200D;

    /// <summary>A lane's token as shown: from its own tokenizer's bytes on a text manifold, else the scenario vocabulary's text.</summary>
    public static string Of(SessionSnapshot snapshot, string lane, int token)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Scenario.Generator(lane).Context.TextTokens is { } own && token >= 0 && token < own.Count)
        {
            return Of(own.Bytes(token));
        }

        var text = snapshot.TokenText(lane, token);
        return text == SessionSnapshot.OutsideVocabularyText ? text : Of(text);
    }

    /// <summary>A token's UTF-8 bytes, which may hold an incomplete or invalid character.</summary>
    public static string Of(ReadOnlySpan<byte> utf8)
    {
        var units = new List<Unit>();
        while (!utf8.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(utf8, out var rune, out var consumed);
            if (status == OperationStatus.Done)
            {
                units.Add(new Unit(rune, null));
            }
            else
            {
                foreach (var b in utf8[..consumed])
                {
                    units.Add(new Unit(null, string.Create(CultureInfo.InvariantCulture, $"\\x{b:X2}")));
                }
            }

            utf8 = utf8[consumed..];
        }

        return Render(units);
    }

    /// <summary>A token's text (a lone surrogate shows as <c>\uD800</c>).</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var units = new List<Unit>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (Rune.TryGetRuneAt(text, i, out var rune))
            {
                units.Add(new Unit(rune, null));
                i += rune.Utf16SequenceLength - 1;
            }
            else
            {
                units.Add(new Unit(null, string.Create(CultureInfo.InvariantCulture, $"\\u{(int)text[i]:X4}")));
            }
        }

        return Render(units);
    }

    /// <summary>
    /// A line of prose that may quote tokens (a breakpoint's or a force's message): only what would break the
    /// line — newlines, tabs, other control characters — is escaped; spaces stay spaces.
    /// </summary>
    public static string Line(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                AppendControl(result, c);
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// The text a user typed as the screen shows tokens back to the token: <see cref="Space"/> is a space, and
    /// <c>\n \t \r \\ \xNN</c> (an ASCII byte) and <c>\uXXXX</c> are what they stand for; anything else is kept.
    /// </summary>
    public static string Unescape(string shown)
    {
        ArgumentNullException.ThrowIfNull(shown);
        var text = new StringBuilder(shown.Length);
        for (var i = 0; i < shown.Length; i++)
        {
            var c = shown[i];
            if (c == Space[0])
            {
                text.Append(' ');
                continue;
            }

            if (c != '\\' || i + 1 >= shown.Length)
            {
                text.Append(c);
                continue;
            }

            var next = shown[i + 1];
            var simple = next switch { 'n' => "\n", 't' => "\t", 'r' => "\r", '\\' => "\\", _ => null };
            if (simple is not null)
            {
                text.Append(simple);
                i++;
            }
            else if (next is 'x' or 'u' && Hex(shown, i + 2, next == 'x' ? 2 : 4) is { } code && (next == 'u' || code < 0x80))
            {
                text.Append((char)code);
                i += next == 'x' ? 3 : 5;
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private static int? Hex(string text, int start, int digits) =>
        start + digits <= text.Length
        && int.TryParse(text.AsSpan(start, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>What was appended last: a combining mark needs a visible base before it.</summary>
    private enum Previous
    {
        Start,
        Escape,
        Visible,
    }

    /// <summary>A character of the token, or the escape of a byte or surrogate that is none.</summary>
    private readonly record struct Unit(Rune? Rune, string? Escape);

    private static string Render(List<Unit> units)
    {
        var text = new StringBuilder();
        var previous = Previous.Start;
        for (var i = 0; i < units.Count; i++)
        {
            if (units[i].Rune is { } rune)
            {
                previous = Append(text, rune, previous, i + 1 < units.Count ? units[i + 1].Rune : null);
            }
            else
            {
                text.Append(units[i].Escape);
                previous = Previous.Escape;
            }
        }

        return text.Length == 0 ? Empty : text.ToString();
    }

    private static Previous Append(StringBuilder text, Rune rune, Previous previous, Rune? next)
    {
        var value = rune.Value;
        if (value == ' ')
        {
            text.Append(Space[0]);
            return Previous.Escape;
        }

        if (value == '\\')
        {
            text.Append(@"\\");
            return Previous.Escape;
        }

        if (value < 0x10000 && char.IsControl((char)value))
        {
            AppendControl(text, (char)value);
            return Previous.Escape;
        }

        var category = Rune.GetUnicodeCategory(rune);
        switch (category)
        {
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark:
                if (previous != Previous.Visible)
                {
                    text.Append(DottedCircle[0]);
                }

                text.Append(rune.ToString());
                return Previous.Visible;
            case UnicodeCategory.Format when value == ZeroWidthJoiner && previous == Previous.Visible && next is not null:
                // Joins an emoji sequence (👩‍💻): drawn as one picture, so kept.
                text.Append(rune.ToString());
                return Previous.Visible;
            case UnicodeCategory.Format or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned:
                text.Append(value > 0xFFFF
                    ? string.Create(CultureInfo.InvariantCulture, $"\\U{value:X8}")
                    : string.Create(CultureInfo.InvariantCulture, $"\\u{value:X4}"));
                return Previous.Escape;
            default:
                text.Append(rune.ToString());
                return Previous.Visible;
        }
    }

    private static void AppendControl(StringBuilder text, char c) =>
        text.Append(c switch
        {
            '\n' => @"\n",
            '\t' => @"\t",
            '\r' => @"\r",
            < (char)0x80 => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
        });
}
