namespace ArDivergence.Tui.Verbs;

public enum EstimateMethod
{
    /// <summary>Exact dynamic programming; Monte Carlo only where exact is out of reach (said on stderr).</summary>
    Exact,

    /// <summary>Monte Carlo only.</summary>
    Mc,

    /// <summary>Both, side by side.</summary>
    Both,
}
