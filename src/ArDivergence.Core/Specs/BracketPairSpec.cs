namespace ArDivergence.Core.Specs;

public sealed record BracketPairSpec(string Open, string Close);
