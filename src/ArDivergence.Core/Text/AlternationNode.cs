namespace ArDivergence.Core.Text;

/// <summary>Any one of its alternatives.</summary>
public sealed record AlternationNode(IReadOnlyList<RegexNode> Alternatives) : RegexNode;
