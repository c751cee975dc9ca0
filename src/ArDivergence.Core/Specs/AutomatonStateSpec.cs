namespace ArDivergence.Core.Specs;

public sealed record AutomatonStateSpec(string Name, IReadOnlyList<AutomatonMoveSpec> Moves);
