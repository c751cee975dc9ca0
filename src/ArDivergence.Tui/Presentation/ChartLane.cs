namespace ArDivergence.Tui.Presentation;

/// <summary>The values one lane contributes to the chart, indexed by t (index 0 unused): off_manifold and lecun_naive.</summary>
public sealed record ChartLane(string Name, IReadOnlyList<double?> OffManifold, IReadOnlyList<double?> Naive);
