namespace ArDivergence.Scenarios.Yaml;

/// <summary>A list or mapping whose end the reader has not seen yet, and the key waiting for its value.</summary>
internal sealed class OpenCollection(Node node, string? anchor)
{
    public Node Node { get; } = node;
    public string? Anchor { get; } = anchor;
    public ScalarNode? PendingKey { get; set; }
}
