using System.Globalization;

namespace ArDivergence.Tui.Sweeps;

/// <summary>
/// The VALUES of `--set KEY=VALUES` (spec §14): <c>a,b,c</c>; <c>lo..hi</c> (integers, both ends in);
/// <c>lo..hi:step</c>; <c>lin:lo..hi:n</c> (n evenly spaced, both ends in); <c>log:lo..hi:n</c> (n evenly
/// spaced in log, both ends in). Values are kept as text: the scenario reads them like the file's own scalars.
/// </summary>
public static class SweepValues
{
    /// <summary>More values than this on one key is surely a typo (lo..hi with a missing digit).</summary>
    public const int MaxValues = 1_000_000;

    /// <summary>The values in order, or an exception whose message says what is wrong.</summary>
    public static IReadOnlyList<string> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.StartsWith("lin:", StringComparison.Ordinal) || text.StartsWith("log:", StringComparison.Ordinal))
        {
            var rest = text[4..];
            var colon = rest.LastIndexOf(':');
            var (low, high) = colon < 0 ? throw new FormatException($"'{text}' needs a count: {text[..3]}:lo..hi:n") : Ends(rest[..colon], text);
            return Spaced(text[..3] == "log", Number(low), Number(high), Count(rest[(colon + 1)..]));
        }

        if (text.Contains("..", StringComparison.Ordinal))
        {
            var dots = text.IndexOf("..", StringComparison.Ordinal);
            var colon = text.IndexOf(':', dots);
            var (low, high) = Ends(colon < 0 ? text : text[..colon], text);
            return colon < 0 ? Integers(low, high) : Stepped(low, high, text[(colon + 1)..]);
        }

        var items = text.Split(',');
        if (items.Any(string.IsNullOrWhiteSpace))
        {
            throw new FormatException($"'{text}' has an empty value; write a,b,c, lo..hi, lo..hi:step, lin:lo..hi:n or log:lo..hi:n");
        }

        return [.. items.Select(i => i.Trim())];
    }

    private static (string Low, string High) Ends(string range, string whole)
    {
        var parts = range.Split("..");
        return parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0
            ? (parts[0], parts[1])
            : throw new FormatException($"'{whole}' is not a range; write lo..hi, lo..hi:step, lin:lo..hi:n or log:lo..hi:n");
    }

    /// <summary>
    /// A computed value as text: rounded to 12 significant digits first, so that 0.1 + 0.2 is "0.3" and a log
    /// scale's 10^2 is "100", then the shortest round-trip form.
    /// </summary>
    public static string Format(double value)
    {
        var rounded = value == 0 ? 0 : double.Parse(value.ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return rounded.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>A number as given: shortest round-trip, never "-0".</summary>
    private static string Exact(double value) => (value == 0 ? 0 : value).ToString("R", CultureInfo.InvariantCulture);

    private static List<string> Integers(string lowText, string highText)
    {
        if (!long.TryParse(lowText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var low) ||
            !long.TryParse(highText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var high))
        {
            throw new FormatException($"{lowText}..{highText}: lo..hi takes integers; for other numbers give a step (lo..hi:step) or use lin:lo..hi:n");
        }

        CheckOrder(low, high);
        CheckCount((double)high - low + 1);
        var values = new List<string>();
        for (var v = low; v <= high; v++)
        {
            values.Add(v.ToString(CultureInfo.InvariantCulture));
        }

        return values;
    }

    private static List<string> Stepped(string lowText, string highText, string stepText)
    {
        var (low, high, step) = (Number(lowText), Number(highText), Number(stepText));
        if (step <= 0)
        {
            throw new FormatException($"{lowText}..{highText}:{stepText}: the step must be above 0");
        }

        CheckOrder(low, high);
        var count = Math.Floor(((high - low) / step) + 1e-9) + 1;
        CheckCount(count);

        // lo + k·step rather than repeated addition, so no error piles up along the range.
        return [.. Enumerable.Range(0, (int)count).Select(k => Format(low + (k * step)))];
    }

    private static List<string> Spaced(bool logarithmic, double low, double high, int count)
    {
        if (logarithmic && (low <= 0 || high <= 0))
        {
            throw new FormatException($"log:{low}..{high}: a log scale needs both ends above 0");
        }

        CheckOrder(low, high);
        if (count == 1)
        {
            return [Exact(low)];
        }

        var values = new List<string>(count);
        for (var k = 0; k < count; k++)
        {
            var fraction = (double)k / (count - 1);
            // The ends are the numbers given, exactly; the values between are rounded by Format.
            values.Add(k == 0 ? Exact(low)
                : k == count - 1 ? Exact(high)
                : Format(logarithmic ? Math.Exp(Math.Log(low) + (fraction * (Math.Log(high) - Math.Log(low)))) : low + (fraction * (high - low))));
        }

        return values;
    }

    private static double Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new FormatException($"'{text}' is not a number");

    private static int Count(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= MaxValues
            ? n
            : throw new FormatException($"'{text}' must be a count from 1 to {MaxValues:N0}");

    private static void CheckOrder(double low, double high)
    {
        if (low > high)
        {
            throw new FormatException($"the range starts at {Format(low)}, above its end {Format(high)}");
        }
    }

    private static void CheckCount(double count)
    {
        if (count > MaxValues)
        {
            throw new FormatException($"the range has {count:N0} values; at most {MaxValues:N0}");
        }
    }
}
