using ArDivergence.Scenarios;

namespace ArDivergence.Tui.Cli;

/// <summary>
/// The shipped scenario names a mistyped name probably meant: those it is a prefix of or that are a
/// prefix of it (`lecun` → lecun-iid), else those within a small edit distance (`dank-schoen`).
/// </summary>
public static class ScenarioNameSuggestions
{
    public static IReadOnlyList<string> For(string typed, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(names);
        var all = names.ToArray();
        var bare = typed.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) ? typed[..^".yaml".Length] : typed;
        if (bare.Length == 0)
        {
            return [];
        }

        var prefixed = all
            .Where(n => n.StartsWith(bare, StringComparison.OrdinalIgnoreCase) || bare.StartsWith(n, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        if (prefixed.Length > 0)
        {
            return prefixed;
        }

        // A third of the name may be wrong (at least two letters): typos, not a different word.
        var allowed = Math.Max(2, bare.Length / 3);
        return
        [
            .. all.Select(n => (Name: n, Distance: EditDistance.Between(bare.ToLowerInvariant(), n)))
                .Where(c => c.Distance <= allowed)
                .OrderBy(c => c.Distance)
                .ThenBy(c => c.Name, StringComparer.Ordinal)
                .Select(c => c.Name),
        ];
    }
}
