namespace ArDivergence.Core.Manifolds;

/// <summary>A move of a compiled automaton: emit <paramref name="Token"/>, go to state <paramref name="To"/>, with weight <paramref name="Weight"/>.</summary>
public readonly record struct AutomatonTransition(int Token, int To, double Weight);
