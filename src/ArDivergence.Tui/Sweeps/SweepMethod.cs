namespace ArDivergence.Tui.Sweeps;

/// <summary>How a sweep gets each lane's off_manifold at L.</summary>
public enum SweepMethod
{
    /// <summary>Exact where the lane has an exact process within the limits, Monte Carlo elsewhere (`estimate`'s default).</summary>
    Auto,

    /// <summary>Exact only: a lane out of reach is left empty (with a note).</summary>
    Exact,

    /// <summary>Monte Carlo only.</summary>
    Mc,
}
