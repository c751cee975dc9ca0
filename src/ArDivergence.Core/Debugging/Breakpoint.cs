using System.Globalization;
using ArDivergence.Core.Specs;

namespace ArDivergence.Core.Debugging;

/// <summary>
/// A condition that stops <c>continue</c>. <see cref="Lane"/> null means any lane. Threshold kinds
/// (path_off_above, off_manifold_above) fire when the value crosses the threshold; token_error_above,
/// position and token fire at every step that matches.
/// </summary>
public sealed record Breakpoint(int Id, BreakpointKind Kind, double? Value = null, string? Token = null, string? Lane = null)
{
    public string Describe()
    {
        var where = Lane is null ? "" : $" in {Lane}";
        var what = Kind switch
        {
            BreakpointKind.OffManifold => "leaves the manifold",
            BreakpointKind.TokenErrorAbove => $"token_error > {Format(Value)}",
            BreakpointKind.PathOffAbove => $"path_off > {Format(Value)}",
            BreakpointKind.OffManifoldAbove => $"off_manifold > {Format(Value)}",
            BreakpointKind.Position => $"t = {Format(Value)}",
            BreakpointKind.Token => $"token '{Token}'",
            _ => Kind.ToString(),
        };
        return what + where;
    }

    private static string Format(double? value) => value?.ToString("G6", CultureInfo.InvariantCulture) ?? "?";
}
