using System.Globalization;

namespace ArDivergence.Scenarios.Mapping;

/// <summary>
/// Builds and shortens spec paths. The syntax (shared with Core's <c>ScenarioValidator</c>) follows the
/// file, not the C# records: keys as written in YAML joined by '.', list items as <c>[i]</c> (0-based),
/// automaton states by name. Examples: <c>length</c>, <c>prompt[2]</c>, <c>manifold.states.q[1].to</c>,
/// <c>manifold.sequences[0].tokens[1]</c>, <c>generators[0].model.error.values[3]</c>, <c>breakpoints[0].lane</c>.
/// The root mapping is the empty path.
/// </summary>
internal static class SpecPath
{
    public const string Root = "";

    public static string Child(string parent, string key) => parent.Length == 0 ? key : parent + "." + key;

    public static string Item(string parent, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");

    /// <summary>The path one step up (<c>a.b[2]</c> → <c>a.b</c> → <c>a</c> → root); null above the root.</summary>
    public static string? Parent(string path)
    {
        if (path.Length == 0)
        {
            return null;
        }

        if (path.EndsWith(']'))
        {
            var open = path.LastIndexOf('[');
            if (open >= 0)
            {
                return path[..open];
            }
        }

        var dot = path.LastIndexOf('.');
        return dot < 0 ? Root : path[..dot];
    }
}
