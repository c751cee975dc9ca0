namespace ArDivergence.Core.Specs;

public sealed record WeightedSequenceSpec(IReadOnlyList<string> Tokens, double Weight = 1.0);
