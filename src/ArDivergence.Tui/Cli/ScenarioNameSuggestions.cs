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
            .. all.Select(n => (Name: n, Distance: EditDistance(bare.ToLowerInvariant(), n)))
                .Where(c => c.Distance <= allowed)
                .OrderBy(c => c.Distance)
                .ThenBy(c => c.Name, StringComparer.Ordinal)
                .Select(c => c.Name),
        ];
    }

    /// <summary>Levenshtein distance (insertions, deletions and substitutions cost one each).</summary>
    public static int EditDistance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
