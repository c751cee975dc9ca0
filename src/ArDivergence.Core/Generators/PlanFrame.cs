namespace ArDivergence.Core.Generators;

/// <summary>
/// One call of a one-shot model: it plans <paramref name="Positions"/> tokens for steps
/// <paramref name="FirstStep"/>.. from the committed prefix, whose manifold state is
/// <paramref name="OriginState"/> and whose model context is <paramref name="OriginContext"/>.
/// </summary>
public sealed record PlanFrame(int FirstStep, int Positions, int OriginState, UInt128 OriginContext);
