namespace ArDivergence.Core.Generators;

/// <summary>
/// A joint model's posterior over hidden manifold states, for the tokens from
/// <paramref name="StartStep"/> (in state <paramref name="StartState"/>) through step
/// <paramref name="Through"/>; kept in the lane's scratch so the next step extends it by one token.
/// </summary>
internal sealed record PosteriorMemo(int StartState, int StartStep, int Through, IReadOnlyList<(double Weight, int State)> Posterior);
