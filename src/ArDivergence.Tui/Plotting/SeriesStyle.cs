namespace ArDivergence.Tui.Plotting;

public enum SeriesStyle
{
    /// <summary>Points joined in order of x, with markers.</summary>
    Line,

    /// <summary>Markers only (the points of a frontier plot).</summary>
    Markers,

    /// <summary>A Pareto front: a step line through its points, large markers, each point labelled.</summary>
    Front,
}
