namespace ArDivergence.Scenarios.Yaml;

internal sealed class SequenceNode(SourcePosition start) : Node(start)
{
    private readonly List<Node> _items = [];

    public IReadOnlyList<Node> Items => _items;

    public void Add(Node item)
    {
        _items.Add(item);
        ExpandedSize = CoreSchema.SaturatingAdd(ExpandedSize, item.ExpandedSize);
    }

    public override string Describe() => "a list";
}
