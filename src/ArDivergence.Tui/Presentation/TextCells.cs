using System.Text;
using Wcwidth;

namespace ArDivergence.Tui.Presentation;

/// <summary>Text measured in terminal columns: fitting, padding and wrapping.</summary>
public static class TextCells
{
    /// <summary>What cut text ends in.</summary>
    public const string Ellipsis = "…";

    /// <summary>The columns a string takes (East Asian wide characters take two, combining marks none).</summary>
    public static int Width(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Width(rune);
        }

        return width;
    }

    /// <summary>
    /// The cells the terminal gives the rune: Wcwidth's table, the one Terminal.Gui's driver uses, so what is measured
    /// here is what is drawn. A control character (which the token formatter never lets through) counts as one.
    /// </summary>
    public static int Width(Rune rune)
    {
        var width = UnicodeCalculator.GetWidth(rune);
        return width < 0 ? 1 : width;
    }

    /// <summary>The text cut to at most <paramref name="width"/> columns, ending in "…" when cut.</summary>
    public static string Fit(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (width <= 0)
        {
            return "";
        }

        if (Width(text) <= width)
        {
            return text;
        }

        return Take(text, width - 1) + Ellipsis;
    }

    /// <summary>
    /// Text cut to <paramref name="width"/> columns for drawing: where words or numbers are cut it ends in
    /// "…" (like <see cref="Fit"/>); where only fill is cut (spaces, box-drawing lines, bar blocks) it is
    /// simply clipped, so borders and bars run to the edge.
    /// </summary>
    public static string Clip(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kept = Take(text, Math.Max(0, width));
        var cut = text[kept.Length..];
        return cut.EnumerateRunes().All(IsFill) ? kept : Fit(text, width);
    }

    /// <summary>The longest prefix that fits in <paramref name="width"/> columns.</summary>
    public static string Take(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder();
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var w = Width(rune);
            if (used + w > width)
            {
                break;
            }

            result.Append(rune.ToString());
            used += w;
        }

        return result.ToString();
    }

    /// <summary>Spaces, box-drawing characters (─│┊┴…) and block elements (█▓░▏…): drawing, not text.</summary>
    private static bool IsFill(Rune rune) =>
        Rune.IsWhiteSpace(rune) || rune.Value is >= 0x2500 and <= 0x259F;

    /// <summary>Fit, then pad with spaces to exactly <paramref name="width"/> columns.</summary>
    public static string PadRight(string text, int width)
    {
        var fitted = Fit(text, width);
        return fitted + new string(' ', Math.Max(0, width - Width(fitted)));
    }

    public static string PadLeft(string text, int width)
    {
        var fitted = Fit(text, width);
        return new string(' ', Math.Max(0, width - Width(fitted))) + fitted;
    }

    /// <summary>
    /// <see cref="Wrap"/> kept to at most <paramref name="rows"/> lines: when more would follow, the last kept line
    /// ends in "…" (no text is cut without saying so).
    /// </summary>
    public static IReadOnlyList<string> WrapAtMost(string? text, int width, int rows)
    {
        var lines = Wrap(text, width);
        if (lines.Count <= rows || rows <= 0)
        {
            return rows <= 0 ? [] : lines;
        }

        return [.. lines.Take(rows - 1), Take(lines[rows - 1] + " " + lines[rows], width - 1).TrimEnd() + Ellipsis];
    }

    /// <summary>Word-wraps text to lines of at most <paramref name="width"/> columns; blank lines separate paragraphs.</summary>
    public static IReadOnlyList<string> Wrap(string? text, int width)
    {
        var lines = new List<string>();
        if (string.IsNullOrEmpty(text) || width <= 0)
        {
            return lines;
        }

        var paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd().Split("\n\n");
        foreach (var paragraph in paragraphs)
        {
            if (lines.Count > 0)
            {
                lines.Add("");
            }

            var line = new StringBuilder();
            foreach (var word in paragraph.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Width(candidate) <= width)
                {
                    line.Clear().Append(candidate);
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                var rest = word;
                while (Width(rest) > width)
                {
                    var head = Take(rest, width);
                    lines.Add(head);
                    rest = rest[head.Length..];
                }

                line.Append(rest);
            }

            if (line.Length > 0)
            {
                lines.Add(line.ToString());
            }
        }

        return lines;
    }
}
