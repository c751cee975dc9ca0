namespace ArDivergence.Tui.Plotting;

/// <summary>
/// A chart as data, independent of the library that draws it: `ardiv plot` and the debugger's `e` build one,
/// an <see cref="IChartRenderer"/> draws it. Either series (lines, markers, fronts) or <see cref="Bars"/>.
/// A log axis takes only values above 0; the renderer leaves out the others.
/// </summary>
public sealed record PlotChart(string Title, string XLabel, string YLabel)
{
    public bool LogX { get; init; }

    public bool LogY { get; init; }

    public IReadOnlyList<PlotSeries> Series { get; init; } = [];

    public PlotBars? Bars { get; init; }
}
