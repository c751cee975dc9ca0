using System.Globalization;

namespace ArDivergence.Tui.Output;

/// <summary>A count with its noun in the right number: "1 command", "3 commands".</summary>
public static class Counted
{
    public static string Of(long count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural ?? singular + "s")}");
}
