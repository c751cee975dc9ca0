namespace ArDivergence.Scenarios.Yaml;

/// <summary>
/// One node of the scenario file as read by <see cref="YamlTreeReader"/>. Aliases are resolved to
/// the anchored node itself, so a node may appear in several places of the tree.
/// </summary>
internal abstract class Node(SourcePosition start)
{
    public SourcePosition Start { get; } = start;

    /// <summary>Nodes in this subtree with every alias expanded; bounded by the reader's alias limit.</summary>
    public long ExpandedSize { get; protected set; } = 1;

    /// <summary>How the node reads in a message: "a list", "the number 1.5", ...</summary>
    public abstract string Describe();
}
