namespace ArDivergence.Core.Metrics;

/// <summary>One of the k most probable tokens at a step, and whether it was valid there.</summary>
public readonly record struct TopToken(int Token, double Probability, bool Valid);
