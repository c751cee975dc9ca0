namespace ArDivergence.Scenarios;

/// <summary>
/// Bounds that keep a hostile or broken file from costing more than a moment to reject. These are the
/// loader's own (bytes, nesting, aliases); the bounds on what a valid scenario may cost to compile and
/// run (length, vocabulary, states, state space, training, ...) are Core's
/// <c>ScenarioValidator</c> constants. scenarios/README.md lists both, and a test keeps it in step.
/// </summary>
public static class ScenarioLimits
{
    /// <summary>Checked on the byte length before anything is decoded or parsed.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>
    /// Nesting of lists and mappings. A real scenario nests about 7 deep; YamlDotNet's own tree
    /// (YamlStream) recurses per level and overflows the stack on ~10,000 '[' — which kills the process.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>Nodes that aliases may add when expanded (a "billion laughs" file would add billions).</summary>
    public const long MaxAliasExpansion = 100_000;

    /// <summary>Diagnostics reported per file (in file order); a last one says how many more there were.</summary>
    public const int MaxDiagnostics = 100;
}
