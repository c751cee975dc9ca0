namespace ArDivergence.Core.Generators.Speculative;

/// <summary>Where a round starts: its first step t, the manifold state and both models' contexts after the committed prefix.</summary>
public readonly record struct RoundStart(int FirstStep, int ManifoldState, UInt128 TargetContext, UInt128 DraftContext);
