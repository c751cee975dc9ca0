using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace ArDivergence.Tui.Plotting;

/// <summary>
/// Draws a <see cref="PlotChart"/> with ScottPlot 5 (SkiaSharp underneath, no display needed). A log axis is
/// drawn as log10 of the values with decade ticks, the way ScottPlot 5 does log scales; values at or below 0
/// cannot be placed on it and are left out.
/// </summary>
public sealed class ScottPlotRenderer : IChartRenderer
{
    public byte[] Render(PlotChart chart, ChartFormat format, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(chart);
        EmbeddedFonts.Install();
        var plot = new Plot();
        plot.Title(chart.Title);
        plot.XLabel(chart.XLabel);
        plot.YLabel(chart.YLabel);
        if (chart.Bars is { } bars)
        {
            AddBars(plot, bars);
        }
        else
        {
            AddSeries(plot, chart);
        }

        if (chart.LogX)
        {
            plot.Axes.Bottom.TickGenerator = LogTicks();
        }

        if (chart.LogY)
        {
            plot.Axes.Left.TickGenerator = LogTicks();
        }

        // Beside the plot, never over the data.
        plot.ShowLegend(Edge.Right);
        return format == ChartFormat.Svg
            ? System.Text.Encoding.UTF8.GetBytes(plot.GetSvgXml(width, height))
            : plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    private static void AddSeries(Plot plot, PlotChart chart)
    {
        var palette = new ScottPlot.Palettes.Category10();
        var colours = new Dictionary<string, Color>(StringComparer.Ordinal);
        foreach (var series in chart.Series)
        {
            var key = series.Group ?? series.Name;
            if (!colours.TryGetValue(key, out var colour))
            {
                colour = palette.GetColor(colours.Count);
                colours[key] = colour;
            }

            var points = series.Points
                .Select((p, i) => (Point: p, Label: i < series.Labels.Count ? series.Labels[i] : null))
                .Where(p => (!chart.LogX || p.Point.X > 0) && (!chart.LogY || p.Point.Y > 0))
                .OrderBy(p => p.Point.X)
                .ToArray();
            var xs = points.Select(p => Axis(p.Point.X, chart.LogX)).ToArray();
            var ys = points.Select(p => Axis(p.Point.Y, chart.LogY)).ToArray();
            var scatter = plot.Add.Scatter(xs, ys, colour);
            scatter.LegendText = series.Style == SeriesStyle.Front ? "" : series.Name;
            switch (series.Style)
            {
                case SeriesStyle.Markers:
                    scatter.LineWidth = 0;
                    scatter.MarkerSize = 6;
                    scatter.Color = colour.WithAlpha(0.55);
                    AddLabels(plot, points.Select(p => p.Label), xs, ys, colour.WithAlpha(0.7));
                    break;
                case SeriesStyle.Front:
                    scatter.LineWidth = 2;
                    scatter.MarkerSize = 10;
                    scatter.MarkerShape = MarkerShape.OpenCircle;
                    scatter.MarkerLineWidth = 2;
                    AddLabels(plot, points.Select(p => p.Label), xs, ys, colour);
                    break;
                default:
                    scatter.LineWidth = 2;
                    scatter.MarkerSize = 5;
                    break;
            }

            AddIntervals(plot, chart, points.Select(p => p.Point).ToArray(), xs, ys, colour);
        }

        if (chart.Series.Any(s => s.Labels.Count > 0))
        {
            // Room on the right for the labels of the rightmost points.
            plot.Axes.Margins(horizontal: 0.2, vertical: 0.08);
        }
    }

    /// <summary>95% intervals as error bars, in the axis's own scale (a log axis takes the log of each end).</summary>
    private static void AddIntervals(Plot plot, PlotChart chart, PlotPoint[] points, double[] xs, double[] ys, Color colour)
    {
        var with = Enumerable.Range(0, points.Length).Where(i => points[i].HasInterval && (!chart.LogY || points[i].Low > 0)).ToArray();
        if (with.Length == 0)
        {
            return;
        }

        var bars = plot.Add.ErrorBar(
            with.Select(i => xs[i]).ToArray(),
            with.Select(i => ys[i]).ToArray(),
            with.Select(_ => 0.0).ToArray());
        bars.YErrorNegative = with.Select(i => ys[i] - Axis(points[i].Low!.Value, chart.LogY)).ToArray();
        bars.YErrorPositive = with.Select(i => Axis(points[i].High!.Value, chart.LogY) - ys[i]).ToArray();
        bars.Color = colour;
    }

    private static void AddLabels(Plot plot, IEnumerable<string?> labels, double[] xs, double[] ys, Color colour)
    {
        var i = 0;
        foreach (var label in labels)
        {
            if (!string.IsNullOrEmpty(label))
            {
                var text = plot.Add.Text(label, xs[i], ys[i]);
                text.LabelFontSize = 11;
                text.LabelFontColor = colour;
                text.OffsetX = 6;
                text.OffsetY = -6;
            }

            i++;
        }
    }

    private static void AddBars(Plot plot, PlotBars bars)
    {
        var palette = new ScottPlot.Palettes.Category10();
        var width = 0.8 / Math.Max(1, bars.Parts.Count);
        for (var part = 0; part < bars.Parts.Count; part++)
        {
            var list = new List<Bar>();
            for (var category = 0; category < bars.Categories.Count; category++)
            {
                list.Add(new Bar
                {
                    Position = category + ((part - ((bars.Parts.Count - 1) / 2.0)) * width),
                    Value = bars.Values[category][part],
                    Size = width,
                    FillColor = palette.GetColor(part),
                });
            }

            var plottable = plot.Add.Bars(list);
            plottable.LegendText = bars.Parts[part];
        }

        plot.Axes.Bottom.TickGenerator = new NumericManual(
            [.. Enumerable.Range(0, bars.Categories.Count).Select(c => (double)c)], [.. bars.Categories]);
        plot.Axes.Margins(bottom: 0);
    }

    private static double Axis(double value, bool log) => log ? Math.Log10(value) : value;

    /// <summary>Ticks at whole powers of ten, labelled with the value, minor ticks at 2..9 of each decade.</summary>
    private static NumericAutomatic LogTicks() => new()
    {
        MinorTickGenerator = new LogMinorTickGenerator(),
        IntegerTicksOnly = true,
        LabelFormatter = Decade,
    };

    /// <summary>10 to a whole power as "10⁹", "10⁻³" (0 and 1 as "1", "10").</summary>
    private static string Decade(double exponent)
    {
        var power = (int)Math.Round(exponent);
        return power switch
        {
            0 => "1",
            1 => "10",
            _ => "10" + string.Concat(power.ToString(CultureInfo.InvariantCulture).Select(c => c == '-' ? '⁻' : "⁰¹²³⁴⁵⁶⁷⁸⁹"[c - '0'])),
        };
    }
}
