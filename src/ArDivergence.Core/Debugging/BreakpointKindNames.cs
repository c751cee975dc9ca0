using ArDivergence.Core.Specs;

namespace ArDivergence.Core.Debugging;

public static class BreakpointKindNames
{
    /// <summary>The kind as scenario files, commands and logs spell it.</summary>
    public static string ToName(this BreakpointKind kind) => kind switch
    {
        BreakpointKind.OffManifold => "off_manifold",
        BreakpointKind.TokenErrorAbove => "token_error_above",
        BreakpointKind.PathOffAbove => "path_off_above",
        BreakpointKind.OffManifoldAbove => "off_manifold_above",
        BreakpointKind.Position => "position",
        BreakpointKind.Token => "token",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static BreakpointKind? FromName(string name) =>
        Enum.GetValues<BreakpointKind>().Cast<BreakpointKind?>().FirstOrDefault(k => k!.Value.ToName() == name);
}
