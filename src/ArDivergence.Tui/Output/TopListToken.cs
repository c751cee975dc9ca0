using System.Globalization;
using System.Text;

namespace ArDivergence.Tui.Output;

/// <summary>
/// A token as written in the CSV <c>top</c> field, whose entries are <c>TOKEN:P:valid</c> separated by spaces:
/// a real model's token may itself be a space, hold a colon or be a control byte, so those (and <c>%</c>) are
/// percent-encoded as in a URL (<c>" Paris"</c> → <c>%20Paris</c>; Python's <c>urllib.parse.unquote</c> reads it back).
/// </summary>
public static class TopListToken
{
    public static string Escape(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (!token.Any(NeedsEscape))
        {
            return token;
        }

        var escaped = new StringBuilder(token.Length + 8);
        foreach (var c in token)
        {
            if (NeedsEscape(c))
            {
                escaped.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) => c is ' ' or ':' or '%' or < ' ' or '\u007F';
}
