using System.Globalization;
using System.Text;

namespace ArDivergence.Scenarios;

/// <summary>
/// Makes text from the file safe to quote in a one-line diagnostic: line breaks and other control
/// characters are escaped, and long values are shortened (a 10,000-character description quoted
/// whole would bury the message).
/// </summary>
internal static class MessageText
{
    /// <summary>Longest value quoted whole; longer ones keep their start and say how long they were.</summary>
    public const int MaxQuoted = 60;

    /// <summary>The value as a message shows it: escaped and at most about <see cref="MaxQuoted"/> characters.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length <= MaxQuoted)
        {
            return Escape(value);
        }

        // Cut between characters, not inside a surrogate pair.
        var cut = char.IsHighSurrogate(value[MaxQuoted - 1]) ? MaxQuoted - 1 : MaxQuoted;
        return Escape(value[..cut]) + string.Create(CultureInfo.InvariantCulture, $"... ({value.Length:N0} characters)");
    }

    /// <summary>Escapes line breaks and control characters, so the message stays on one line.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when NeedsEscape(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029';
}
