using System.Globalization;

namespace ArDivergence.Tui.Presentation;

/// <summary>Human units for the terminal: FLOPs with k/M/G/T/P/E, bytes with KiB/MiB/GiB/TiB.</summary>
public static class Units
{
    private static readonly string[] DecimalPrefixes = ["", "k", "M", "G", "T", "P", "E", "Z", "Y"];
    private static readonly string[] BinaryPrefixes = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];

    /// <summary>E.g. 188,743,680 → "189M"; 0 → "0"; three significant digits.</summary>
    public static string Flops(double flops)
    {
        if (!double.IsFinite(flops))
        {
            return "?";
        }

        if (flops == 0)
        {
            return "0";
        }

        var prefix = 0;
        var value = flops;
        while (Math.Abs(value) >= 999.5 && prefix < DecimalPrefixes.Length - 1)
        {
            value /= 1000;
            prefix++;
        }

        return ThreeDigits(value) + DecimalPrefixes[prefix];
    }

    /// <summary>E.g. 36,864 → "36.0KiB"; 1,048,576 → "1.00MiB".</summary>
    public static string Bytes(long bytes)
    {
        if (bytes < 1024)
        {
            return bytes.ToString(CultureInfo.InvariantCulture) + "B";
        }

        var prefix = 0;
        var value = (double)bytes;
        while (value >= 1023.5 && prefix < BinaryPrefixes.Length - 1)
        {
            value /= 1024;
            prefix++;
        }

        return ThreeDigits(value) + BinaryPrefixes[prefix];
    }

    /// <summary>A probability in one format: "0.6340", "0.0000", "1.0000"; "1.2e-07" and "0.9999999" where four decimals would hide it.</summary>
    public static string Probability(double? p)
    {
        if (p is not double value || !double.IsFinite(value))
        {
            return "-";
        }

        // Exact 0 and 1 print like their neighbours (never "1" beside "0.5000"); −0 prints as 0.
        value = value == 0 ? 0 : value;
        return value is 0 or 1 or (>= 1e-4 and <= 0.9999)
            ? value.ToString("0.0000", CultureInfo.InvariantCulture)
            : value.ToString(value < 0.5 ? "0.0e+00" : "0.0000000", CultureInfo.InvariantCulture);
    }

    /// <summary>A ratio such as 12.3× or 1,024×.</summary>
    public static string Ratio(double ratio) =>
        !double.IsFinite(ratio) ? "∞" : ratio < 100 ? ThreeDigits(ratio) + "×" : ratio.ToString("N0", CultureInfo.InvariantCulture) + "×";

    private static string ThreeDigits(double value)
    {
        var magnitude = Math.Abs(value);
        var format = magnitude >= 99.95 ? "0" : magnitude >= 9.995 ? "0.0" : "0.00";
        return value.ToString(format, CultureInfo.InvariantCulture);
    }
}
