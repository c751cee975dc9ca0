namespace ArDivergence.Core.Tokens;

/// <summary>A token with the probability a generator gave it.</summary>
public readonly record struct ScoredToken(int Token, double Probability);
