namespace ArDivergence.Tui.Plotting;

/// <summary>Chart files: the format a path's extension asks for, and writing one.</summary>
public static class ChartFiles
{
    public const int DefaultWidth = 900;
    public const int DefaultHeight = 600;

    /// <summary>The format of <c>.png</c> or <c>.svg</c>, else null.</summary>
    public static ChartFormat? FormatOf(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".PNG" => ChartFormat.Png,
        ".SVG" => ChartFormat.Svg,
        _ => null,
    };

    public static void Write(IChartRenderer renderer, PlotChart chart, string path, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        var format = FormatOf(path) ?? throw new ArgumentException($"{path}: a chart is written as .png or .svg", nameof(path));
        File.WriteAllBytes(path, renderer.Render(chart, format, width, height));
    }
}
