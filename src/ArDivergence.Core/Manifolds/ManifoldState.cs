namespace ArDivergence.Core.Manifolds;

/// <summary>State ids shared by all manifolds.</summary>
public static class ManifoldState
{
    /// <summary>The absorbing state after an invalid token (leaving the manifold is for good).</summary>
    public const int Off = -1;
}
