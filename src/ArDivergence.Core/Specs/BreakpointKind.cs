namespace ArDivergence.Core.Specs;

public enum BreakpointKind
{
    /// <summary>The lane has just left the manifold.</summary>
    OffManifold,

    /// <summary>token_error at this step exceeds the value.</summary>
    TokenErrorAbove,

    /// <summary>path_off exceeds the value.</summary>
    PathOffAbove,

    /// <summary>off_manifold exceeds the value.</summary>
    OffManifoldAbove,

    /// <summary>The lane reaches position t = value.</summary>
    Position,

    /// <summary>The lane emits the given token.</summary>
    Token,
}
