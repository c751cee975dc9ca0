using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace ArDivergence.Scenarios.Yaml;

/// <summary>
/// Scalar resolution of the YAML 1.2 core schema. We resolve by hand (rather than letting a deserializer
/// guess) so that the loader, the JSON Schema and editors agree on what <c>1</c>, <c>1.0</c>, <c>yes</c> or
/// <c>~</c> mean: only plain scalars are typed; quoted ones are always strings.
/// </summary>
internal static partial class CoreSchema
{
    public static ScalarType Resolve(ScalarNode scalar)
    {
        if (scalar.Style != ScalarStyle.Plain)
        {
            return ScalarType.String;
        }

        var text = scalar.Value;
        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => ScalarType.Null,
            "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => ScalarType.Bool,
            _ when IntPattern().IsMatch(text) => ScalarType.Int,
            _ when FloatPattern().IsMatch(text) || SpecialFloatPattern().IsMatch(text) => ScalarType.Float,
            _ => ScalarType.String,
        };
    }

    public static bool IsTrue(string text) => text is "true" or "True" or "TRUE";

    /// <summary>Parses a core-schema integer; false when it does not fit in a long.</summary>
    public static bool TryParseInteger(string text, out long value)
    {
        if (text.StartsWith("0x", StringComparison.Ordinal))
        {
            return long.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value) && value >= 0;
        }

        if (text.StartsWith("0o", StringComparison.Ordinal))
        {
            value = 0;
            foreach (var digit in text.AsSpan(2))
            {
                if (value > (long.MaxValue >> 3))
                {
                    return false;
                }

                value = (value << 3) + (digit - '0');
            }

            return true;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The value of a core-schema int or float (may be infinite or NaN: callers check).</summary>
    public static double ParseNumber(string text)
    {
        if (SpecialFloatPattern().IsMatch(text))
        {
            var lower = text.ToLowerInvariant();
            return lower.EndsWith("nan", StringComparison.Ordinal) ? double.NaN
                : lower.StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity;
        }

        if (IntPattern().IsMatch(text))
        {
            if (TryParseInteger(text, out var integer))
            {
                return integer;
            }

            if (text.StartsWith("0x", StringComparison.Ordinal) || text.StartsWith("0o", StringComparison.Ordinal))
            {
                return double.PositiveInfinity;
            }
        }

        // Integers too large for a long, and floats; overflow gives ±infinity, which callers reject.
        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    public static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    [GeneratedRegex("^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")]
    private static partial Regex IntPattern();

    [GeneratedRegex("^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();

    [GeneratedRegex("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$")]
    private static partial Regex SpecialFloatPattern();
}
