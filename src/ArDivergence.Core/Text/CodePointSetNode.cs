namespace ArDivergence.Core.Text;

/// <summary>One code point out of a set (a literal, a class, `.`, \d …).</summary>
public sealed record CodePointSetNode(CodePointSet Set) : RegexNode;
