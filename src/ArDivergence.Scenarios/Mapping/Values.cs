using System.Globalization;
using System.Text.RegularExpressions;
using ArDivergence.Scenarios.Yaml;

namespace ArDivergence.Scenarios.Mapping;

/// <summary>
/// Typed scalar values. Each reader returns null after reporting why the node does not fit, and
/// returns null silently for a null node (a missing key, already reported by <see cref="MapReader"/>).
/// Messages name the key (the path's last part) and quote the value as written.
/// </summary>
internal static partial class Values
{
    public static ScalarNode? Scalar(MappingContext context, Node? node, string path, string expected)
    {
        switch (node)
        {
            case null:
                return null;
            case ScalarNode scalar when scalar.Type != ScalarType.Null:
                return scalar;
            default:
                context.Error(path, node, $"{Key(path)}: expected {expected}, found {node.Describe()}");
                return null;
        }
    }

    public static int? Int(MappingContext context, Node? node, string path, int min = int.MinValue, int max = int.MaxValue)
    {
        var value = Integer(context, node, path, min, max, int.MaxValue);
        return value is null ? null : (int)value.Value;
    }

    public static long? Long(MappingContext context, Node? node, string path, long min = long.MinValue) =>
        Integer(context, node, path, min, long.MaxValue, long.MaxValue);

    private static long? Integer(MappingContext context, Node? node, string path, long min, long max, long typeMax)
    {
        var scalar = Scalar(context, node, path, "an integer");
        if (scalar is null)
        {
            return null;
        }

        if (scalar.Type != ScalarType.Int)
        {
            context.Error(path, scalar, $"{Key(path)}: expected an integer, found {scalar.Describe()}");
            return null;
        }

        if (!CoreSchema.TryParseInteger(scalar.Value, out var value) || value > typeMax || value < -typeMax - 1)
        {
            context.Error(path, scalar, Invariant($"{Key(path)}: {MessageText.Quote(scalar.Value)} is too large; the largest allowed is {Math.Min(typeMax, max):N0}"));
            return null;
        }

        if (value < min || value > max)
        {
            context.Error(path, scalar, RangeMessage(path, scalar.Value, min, max));
            return null;
        }

        return value;
    }

    /// <summary>A finite number in [min, max] (or (min, max] when <paramref name="minExclusive"/>).</summary>
    public static double? Number(MappingContext context, Node? node, string path, double min, double max, bool minExclusive = false)
    {
        var scalar = Scalar(context, node, path, "a number");
        if (scalar is null)
        {
            return null;
        }

        if (scalar.Type is not (ScalarType.Int or ScalarType.Float))
        {
            context.Error(path, scalar, $"{Key(path)}: expected a number, found {scalar.Describe()}");
            return null;
        }

        var value = CoreSchema.ParseNumber(scalar.Value);
        if (double.IsNaN(value))
        {
            context.Error(path, scalar, $"{Key(path)}: NaN is not a number this can use; {Bounds(min, max, minExclusive)}");
            return null;
        }

        if (double.IsInfinity(value))
        {
            context.Error(path, scalar, $"{Key(path)}: {MessageText.Quote(scalar.Value)} is infinite (or too large); {Bounds(min, max, minExclusive)}");
            return null;
        }

        if (value < min || (minExclusive && value <= min) || value > max)
        {
            context.Error(path, scalar, $"{Key(path)}: {MessageText.Quote(scalar.Value)} is out of range; {Bounds(min, max, minExclusive)}");
            return null;
        }

        return value;
    }

    public static double? Probability(MappingContext context, Node? node, string path) => Number(context, node, path, 0, 1);

    public static bool? Bool(MappingContext context, Node? node, string path)
    {
        var scalar = Scalar(context, node, path, "true or false");
        if (scalar is null)
        {
            return null;
        }

        if (scalar.Type != ScalarType.Bool)
        {
            context.Error(path, scalar, $"{Key(path)}: expected true or false, found {scalar.Describe()}");
            return null;
        }

        return CoreSchema.IsTrue(scalar.Value);
    }

    /// <summary>A string; a plain scalar that reads as a number or boolean must be quoted to be one.</summary>
    public static string? Text(MappingContext context, Node? node, string path)
    {
        var scalar = Scalar(context, node, path, "a string");
        if (scalar is null)
        {
            return null;
        }

        if (scalar.Type != ScalarType.String)
        {
            context.Error(path, scalar, $"{Key(path)}: expected a string, found {scalar.Describe()} (quote it to make it a string)");
            return null;
        }

        return scalar.Value;
    }

    /// <summary>A scenario or generator name: lowercase letters, digits and '-'.</summary>
    public static string? Name(MappingContext context, Node? node, string path)
    {
        var text = Text(context, node, path);
        if (text is not null && !NamePattern().IsMatch(text))
        {
            context.Error(path, node!, $"{Key(path)}: '{MessageText.Quote(text)}' is not a valid name; use lowercase letters, digits and '-' (e.g. 'one-shot')");
            return null;
        }

        return text;
    }

    /// <summary>One of a fixed list of words; the message lists them all.</summary>
    public static T? Choice<T>(MappingContext context, Node? node, string path, IReadOnlyList<(string Word, T Value)> options)
        where T : struct
    {
        var scalar = Scalar(context, node, path, $"one of {Words(options)}");
        if (scalar is null)
        {
            return null;
        }

        foreach (var (word, value) in options)
        {
            if (scalar.Type == ScalarType.String && word == scalar.Value)
            {
                return value;
            }
        }

        context.Error(path, scalar, $"{Key(path)}: unknown value '{MessageText.Quote(scalar.Value)}'; expected one of {Words(options)}");
        return null;
    }

    public static string Words<T>(IReadOnlyList<(string Word, T Value)> options) =>
        string.Join(", ", options.Select(o => o.Word));

    /// <summary>
    /// The key a path ends in, quoted, for messages: <c>generators[0].model.error</c> → <c>'error'</c>. Quoted so
    /// that a key named like a severity does not read as one (`error: 'error': 1.5 is out of range`).
    /// </summary>
    public static string Key(string path)
    {
        var dot = path.LastIndexOf('.');
        return "'" + MessageText.Quote(dot < 0 ? path : path[(dot + 1)..]) + "'";
    }

    private static string RangeMessage(string path, string written, long min, long max) =>
        max == long.MaxValue || max == int.MaxValue
            ? Invariant($"{Key(path)}: must be at least {min}, found {written}")
            : Invariant($"{Key(path)}: must be between {min} and {max}, found {written}");

    private static string Bounds(double min, double max, bool minExclusive) => (min, max, minExclusive) switch
    {
        (0, 1, false) => "expected a probability between 0 and 1",
        (_, double.MaxValue, true) => Invariant($"expected a finite number greater than {min}"),
        (_, double.MaxValue, false) => Invariant($"expected a finite number of at least {min}"),
        _ => Invariant($"expected a number between {min} and {max}"),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex NamePattern();
}
