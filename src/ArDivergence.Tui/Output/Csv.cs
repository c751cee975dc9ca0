using System.Globalization;

namespace ArDivergence.Tui.Output;

/// <summary>RFC 4180 fields: quoted when they hold a comma, quote or line break.</summary>
internal static class Csv
{
    public static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    /// <summary>Shortest round-trip form; empty for null, NaN and infinities; never "-0".</summary>
    public static string Number(double? value) =>
        value is double number && double.IsFinite(number) ? JsonOutput.WithoutNegativeZero(number).ToString("R", CultureInfo.InvariantCulture) : "";

    public static string Bool(bool? value) => value is bool flag ? (flag ? "true" : "false") : "";

    public static string Line(params string[] fields) => string.Join(',', fields);
}
