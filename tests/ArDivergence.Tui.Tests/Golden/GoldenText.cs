using System.Globalization;
using System.Text.RegularExpressions;

namespace ArDivergence.Tui.Tests.Golden;

/// <summary>
/// What a golden comparison leaves out or loosens. `decode_ms` is measured wall time (semantics §9: never
/// compared), so its values are masked in every output. A real llama.cpp lane's numbers come from float
/// arithmetic whose last bits differ between CPU builds (§9: compared with a tolerance of 1e-4), so the outputs
/// of a scenario with real-model lanes are compared number by number within <see cref="RealModelTolerance"/>,
/// everything between the numbers exactly.
/// </summary>
internal static partial class GoldenText
{
    public const double RealModelTolerance = 1e-4;

    public const string WallTime = "<wall time>";

    /// <summary>The text with every decode_ms value (JSON field or CSV column) replaced by <see cref="WallTime"/>.</summary>
    public static string WithoutWallTime(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var masked = JsonDecodeMs().Replace(text, $"\"decode_ms\":\"{WallTime}\"");
        var lines = masked.Split('\n');
        var column = Fields(lines[0]).FindIndex(f => lines[0].Substring(f.Start, f.Length) == "decode_ms");
        if (column < 0)
        {
            return masked;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var fields = Fields(lines[i]);
            if (fields.Count > column && fields[column].Length > 0)
            {
                var (start, length) = fields[column];
                lines[i] = string.Concat(lines[i].AsSpan(0, start), WallTime, lines[i].AsSpan(start + length));
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>Where each field of a CSV line is (RFC 4180: a quoted field may hold commas and doubled quotes).</summary>
    private static List<(int Start, int Length)> Fields(string line)
    {
        var fields = new List<(int Start, int Length)>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i <= line.Length; i++)
        {
            if (i == line.Length || (line[i] == ',' && !quoted))
            {
                fields.Add((start, i - start));
                start = i + 1;
            }
            else if (line[i] == '"')
            {
                quoted = !quoted;
            }
        }

        return fields;
    }

    /// <summary>Null when the texts agree (numbers within <paramref name="tolerance"/>, absolute or relative), else the first difference.</summary>
    public static string? Difference(string expected, string actual, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end of file>";
            var right = i < b.Length ? b[i] : "<end of file>";
            if (!LinesAgree(left, right, tolerance))
            {
                return $"line {i + 1}:\n- {left}\n+ {right}";
            }
        }

        return null;
    }

    private static bool LinesAgree(string expected, string actual, double tolerance)
    {
        if (expected == actual)
        {
            return true;
        }

        if (tolerance == 0 || Number().Replace(expected, "#") != Number().Replace(actual, "#"))
        {
            return false;
        }

        var left = Number().Matches(expected);
        var right = Number().Matches(actual);
        for (var i = 0; i < left.Count; i++)
        {
            var x = double.Parse(left[i].Value, CultureInfo.InvariantCulture);
            var y = double.Parse(right[i].Value, CultureInfo.InvariantCulture);
            if (Math.Abs(x - y) > tolerance * Math.Max(1, Math.Max(Math.Abs(x), Math.Abs(y))))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex("\"decode_ms\":(-?[0-9][0-9.eE+-]*)")]
    private static partial Regex JsonDecodeMs();

    /// <summary>A decimal number not glued to a word (so "lane2" or a hash stays text).</summary>
    [GeneratedRegex(@"(?<![\w.])-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?(?![\w.])")]
    private static partial Regex Number();
}
