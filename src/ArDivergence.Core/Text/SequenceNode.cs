namespace ArDivergence.Core.Text;

/// <summary>Its parts one after another; no parts matches the empty text.</summary>
public sealed record SequenceNode(IReadOnlyList<RegexNode> Parts) : RegexNode;
