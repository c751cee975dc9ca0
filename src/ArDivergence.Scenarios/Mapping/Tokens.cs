using ArDivergence.Scenarios.Yaml;
using YamlDotNet.Core;

namespace ArDivergence.Scenarios.Mapping;

/// <summary>
/// Tokens and token lists (semantics §1): a token is a non-empty string without whitespace; any scalar
/// is one (<c>1</c> is the token "1"). A token list is a YAML list of tokens or one string split on
/// whitespace (<c>"Danke schön"</c> is two tokens).
/// </summary>
internal static class Tokens
{
    public static string? Token(MappingContext context, Node? node, string path)
    {
        var scalar = Values.Scalar(context, node, path, "a token");
        if (scalar is null)
        {
            return null;
        }

        var problem = Problem(scalar.Value);
        if (problem is not null)
        {
            context.Error(path, scalar, $"{Values.Key(path)}: {problem}");
            return null;
        }

        return scalar.Value;
    }

    /// <summary>
    /// The list, with a placeholder at each bad item so that later items keep their index (and their path).
    /// Registers each token's path; a token split out of a one-line string points inside the string.
    /// </summary>
    public static IReadOnlyList<string>? List(MappingContext context, Node? node, string path)
    {
        switch (node)
        {
            case null:
                return null;
            case SequenceNode sequence:
                var tokens = new List<string>(sequence.Items.Count);
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    var itemPath = SpecPath.Item(path, i);
                    context.Paths.Register(itemPath, sequence.Items[i].Start);
                    tokens.Add(Token(context, sequence.Items[i], itemPath) ?? Placeholder);
                }

                return tokens;
            case ScalarNode scalar when scalar.Type != ScalarType.Null:
                return Split(context, scalar, path);
            default:
                context.Error(path, node, $"{Values.Key(path)}: expected a list of tokens or a whitespace-separated string, found {node.Describe()}");
                return null;
        }
    }

    /// <summary>Stands in for a bad token; never leaves the loader (a file with errors yields no spec).</summary>
    public const string Placeholder = "\u0000invalid-token";

    private static List<string> Split(MappingContext context, ScalarNode scalar, string path)
    {
        var tokens = new List<string>();
        var text = scalar.Value;
        var contentColumn = ContentColumn(scalar);
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var position = contentColumn is { } column ? scalar.Start with { Column = column + start } : scalar.Start;
            context.Paths.Register(SpecPath.Item(path, tokens.Count), position);
            tokens.Add(text[start..i]);
        }

        return tokens;
    }

    /// <summary>
    /// The column of the scalar's first character when columns inside it match string indexes:
    /// on one line and without escapes (the written width equals the value's length).
    /// </summary>
    internal static int? ContentColumn(ScalarNode scalar)
    {
        var quotes = scalar.Style switch
        {
            ScalarStyle.Plain => 0,
            ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted => 1,
            _ => -1,
        };
        var oneLine = scalar.Start.Line == scalar.End.Line;
        var writtenWidth = scalar.End.Column - scalar.Start.Column;
        return quotes >= 0 && oneLine && writtenWidth == scalar.Value.Length + (2 * quotes)
            ? scalar.Start.Column + quotes
            : null;
    }

    private static string? Problem(string token)
    {
        if (token.Length == 0)
        {
            return "a token cannot be empty";
        }

        return token.Any(char.IsWhiteSpace)
            ? $"'{MessageText.Quote(token)}' contains whitespace; a token is one word (use a list or a string to give several tokens)"
            : null;
    }
}
