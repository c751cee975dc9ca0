namespace ArDivergence.Tui.Plotting;

/// <summary>A named series; <see cref="Group"/> gives series of one group (a lane kind) one colour.</summary>
/// <param name="Labels">For <see cref="SeriesStyle.Front"/>: a label per point (what it is), else empty.</param>
public sealed record PlotSeries(string Name, IReadOnlyList<PlotPoint> Points, SeriesStyle Style = SeriesStyle.Line, string? Group = null)
{
    public IReadOnlyList<string> Labels { get; init; } = [];
}
