using ArDivergence.Scenarios.Yaml;

namespace ArDivergence.Scenarios.Mapping;

/// <summary>Shared handling of YAML lists whose items map to records.</summary>
internal static class Lists
{
    /// <summary>
    /// The list's items, registering each item's path; null after reporting that the node is not a list.
    /// <paramref name="listOf"/> says what the items are, in the plural, for the message.
    /// </summary>
    public static IReadOnlyList<Node>? Items(MappingContext context, Node? node, string path, string listOf, bool nonEmpty)
    {
        switch (node)
        {
            case null:
                return null;
            case SequenceNode sequence when nonEmpty && sequence.Items.Count == 0:
                context.Error(path, sequence, $"{Values.Key(path)}: the list is empty; give at least one");
                return null;
            case SequenceNode sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    context.Paths.Register(SpecPath.Item(path, i), sequence.Items[i].Start);
                }

                return sequence.Items;
            default:
                context.Error(path, node, $"{Values.Key(path)}: expected a list of {listOf}, found {node.Describe()}");
                return null;
        }
    }

    /// <summary>The node as a mapping, or null after reporting what it is instead.</summary>
    public static MappingNode? Mapping(MappingContext context, Node? node, string path, string expected)
    {
        switch (node)
        {
            case null:
                return null;
            case MappingNode mapping:
                return mapping;
            default:
                context.Error(path, node, $"{Values.Key(path)}: expected {expected}, found {node.Describe()}");
                return null;
        }
    }
}
