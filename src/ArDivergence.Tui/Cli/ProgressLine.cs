using System.Globalization;

namespace ArDivergence.Tui.Cli;

/// <summary>One line of a text progress bar: <c>label [#######.............]  35%</c>.</summary>
public static class ProgressLine
{
    public const int BarWidth = 30;

    /// <summary>
    /// The fraction is clamped to [0, 1] (NaN counts as 0); the bar fills a cell only once the cell is
    /// wholly done, and 100% shows only at 1, so the bar never claims work that is not finished.
    /// </summary>
    public static string Render(string label, double fraction, int barWidth = BarWidth)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentOutOfRangeException.ThrowIfLessThan(barWidth, 1);
        var done = double.IsNaN(fraction) ? 0 : Math.Clamp(fraction, 0, 1);
        var filled = (int)Math.Floor(done * barWidth);
        var percent = (int)Math.Floor(done * 100);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{label} [{new string('#', filled)}{new string('.', barWidth - filled)}] {percent,3}%");
    }
}
