namespace ArDivergence.Tui.Presentation;

/// <summary>Horizontal bars in eighths of a cell.</summary>
public static class Bars
{
    private static readonly string[] Eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

    /// <summary>A bar of <paramref name="fraction"/> × <paramref name="width"/> cells; a positive fraction shows at least ▏.</summary>
    public static string Of(double fraction, int width)
    {
        if (width <= 0 || !double.IsFinite(fraction) || fraction <= 0)
        {
            return "";
        }

        var eighths = (int)Math.Round(Math.Min(1, fraction) * width * 8);
        eighths = Math.Max(1, eighths);
        return new string('█', eighths / 8) + Eighths[eighths % 8];
    }

    /// <summary>Whole cells for <paramref name="fraction"/> of <paramref name="width"/> (at least one when positive).</summary>
    public static int Cells(double fraction, int width)
    {
        if (width <= 0 || !double.IsFinite(fraction) || fraction <= 0)
        {
            return 0;
        }

        return Math.Clamp((int)Math.Round(fraction * width), 1, width);
    }
}
