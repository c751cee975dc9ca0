namespace ArDivergence.Tui.Plotting;

/// <summary>Grouped bars: one group per category (a lane), one bar per part (computed, recomputed, reused).</summary>
public sealed record PlotBars(IReadOnlyList<string> Categories, IReadOnlyList<string> Parts, IReadOnlyList<IReadOnlyList<double>> Values);
