namespace ArDivergence.Core.Text;

/// <summary>Its operand at least <see cref="Min"/> and at most <see cref="Max"/> times (null: unbounded).</summary>
public sealed record RepetitionNode(RegexNode Operand, int Min, int? Max) : RegexNode;
