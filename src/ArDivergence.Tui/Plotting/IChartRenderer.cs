namespace ArDivergence.Tui.Plotting;

/// <summary>Draws a <see cref="PlotChart"/> headless. The one implementation is ScottPlot's; callers see only this.</summary>
public interface IChartRenderer
{
    /// <summary>The image file's bytes (PNG, or SVG as UTF-8).</summary>
    byte[] Render(PlotChart chart, ChartFormat format, int width, int height);
}
