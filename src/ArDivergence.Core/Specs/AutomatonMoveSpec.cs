namespace ArDivergence.Core.Specs;

/// <summary>One transition; <see cref="P"/> is a relative weight (default 1).</summary>
public sealed record AutomatonMoveSpec(string Token, string To, double P = 1.0);
