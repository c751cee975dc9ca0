using ArDivergence.Scenarios.Yaml;

namespace ArDivergence.Scenarios.Mapping;

/// <summary>
/// Raw text of text manifolds and prompts: any scalar's value as written (an answer <c>1945</c> is the
/// text "1945"), never null or a collection. A pattern also registers <c>PATH[i]</c> for each of its
/// characters when the scalar is on one line without escapes, so that Core's problem at
/// <c>manifold.pattern[i]</c> is reported at that character.
/// </summary>
internal static class TextScalars
{
    public static string? Read(MappingContext context, Node? node, string path, bool registerCharacters)
    {
        var scalar = Values.Scalar(context, node, path, "text");
        if (scalar is null)
        {
            return null;
        }

        if (scalar.Type == ScalarType.Null)
        {
            context.Error(path, scalar, $"{Values.Key(path)}: expected text, found {scalar.Describe()} (write \"\" for the empty text)");
            return null;
        }

        if (registerCharacters && Tokens.ContentColumn(scalar) is { } column)
        {
            for (var i = 0; i < scalar.Value.Length; i++)
            {
                context.Paths.Register(SpecPath.Item(path, i), scalar.Start with { Column = column + i });
            }
        }

        return scalar.Value;
    }
}
