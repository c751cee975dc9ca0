namespace ArDivergence.Core.Manifolds;

public static class ManifoldExtensions
{
    /// <summary>The state after emitting <paramref name="token"/> at step <paramref name="t"/>.</summary>
    public static int Advance(this IManifold manifold, int state, int t, int token)
    {
        ArgumentNullException.ThrowIfNull(manifold);
        if (state == ManifoldState.Off)
        {
            return ManifoldState.Off;
        }

        var moves = manifold.Moves(state, t);
        var i = moves.IndexOf(token);
        return i >= 0 ? moves.NextStates[i] : manifold.AfterInvalid(state, t);
    }
}
