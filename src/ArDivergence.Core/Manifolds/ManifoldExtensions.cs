namespace ArDivergence.Core.Manifolds;

public static class ManifoldExtensions
{
    /// <summary>The state after emitting <paramref name="token"/> at step <paramref name="t"/>.</summary>
    public static int Advance(this IManifold manifold, int state, int t, int token)
    {
        ArgumentNullException.ThrowIfNull(manifold);
        return state == ManifoldState.Off ? ManifoldState.Off : manifold.Moves(state, t).Next(token);
    }
}
