using System.Globalization;
using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Tests.Views;

/// <summary>The off_manifold chart (issue 10 item 9): round ticks, an x axis without repeats, coinciding curves named, lecun visible.</summary>
public class ChartTests
{
    [Theory]
    [InlineData(1.0, 14)]
    [InlineData(1.0, 13)]
    [InlineData(0.1, 14)]
    [InlineData(0.05, 9)]
    [InlineData(0.2, 20)]
    [InlineData(0.002, 6)]
    [InlineData(1.0, 3)]
    public void Y_ticks_are_round_1_2_5_steps_with_one_number_of_decimals(double max, int height)
    {
        var plot = OffManifoldChart.Plot([new ChartLane("a", [null, max], [])], 1, 10, height, null);
        Assert.Equal(max, plot.YMax, 12);
        var ticks = plot.YTicks();
        var values = ticks.Select(t => double.Parse(t.Label, CultureInfo.InvariantCulture)).ToArray();

        // From YMax at the top to 0 at the bottom, in equal steps of 1, 2 or 5 × 10^k.
        Assert.Equal(plot.YMax, values[0], 12);
        Assert.Equal(0, values[^1]);
        var step = values[0] - values[1];
        var mantissa = step / Math.Pow(10, Math.Floor(Math.Log10(step) + 1e-9));
        Assert.Contains(Math.Round(mantissa, 9), new[] { 1.0, 2.0, 5.0 });
        Assert.All(values.Zip(values.Skip(1)), pair => Assert.Equal(step, pair.First - pair.Second, 12));

        // One number of decimals, the step's: 0.05 → "0.10 0.05 0.00", 0.5 → "1.0 0.5 0.0".
        var decimals = Math.Max(0, -(int)Math.Floor(Math.Log10(step) + 1e-9));
        Assert.All(ticks, t => Assert.Equal(decimals, t.Label.Contains('.', StringComparison.Ordinal) ? t.Label.Length - t.Label.IndexOf('.', StringComparison.Ordinal) - 1 : 0));

        // Each label sits on the row its value is plotted at, on distinct rows.
        Assert.All(ticks.Zip(values), x => Assert.Equal(plot.RowOf(x.Second), x.First.Row));
        Assert.Equal(ticks.Count, ticks.Select(t => t.Row).Distinct().Count());
        Assert.True(ticks.Count >= 2);
        Assert.All(ticks, t => Assert.True(t.Label.Length <= 5, t.Label));
    }

    [Theory]
    [InlineData(30, 1, 0, 1)]
    [InlineData(30, 60, 0, 1)]
    [InlineData(30, 4, 29, 4)]
    [InlineData(30, 60, 14, 29)]
    [InlineData(30, 60, 27, 55)]
    [InlineData(12, 100, 5, 50)]
    public void The_x_axis_marks_the_marker_column_and_repeats_no_label(int width, int length, int markerColumn, int markerT)
    {
        var axis = OffManifoldChart.Axis(width, length, markerColumn, markerT);
        Assert.Equal(width, axis.Length);
        Assert.Equal('┴', axis[markerColumn]);
        Assert.Contains($"t={markerT}", axis, StringComparison.Ordinal);
        foreach (var t in new[] { 1, markerT, length }.Distinct())
        {
            var label = $"t={t}";
            var count = System.Text.RegularExpressions.Regex.Count(axis, $@"t={t}(?!\d)");
            Assert.True(count <= 1, $"{label} appears {count} times in {axis}");
        }
    }

    [Fact]
    public void Coinciding_curves_are_named_in_the_legend()
    {
        double?[] same = [null, 0, 0.25, 0.5];
        double?[] other = [null, 0, 0.1, 0.9];
        var plot = OffManifoldChart.Plot([new ChartLane("ar", same, []), new ChartLane("one-shot", other, []), new ChartLane("mpc", same, [])], 3, 30, 10, 3);
        Assert.Equal([null, null, 0], plot.SameAs);
        Assert.DoesNotContain(plot.Points, p => p.Lane == 2);
    }

    [Fact]
    public void The_focused_lanes_lecun_curve_is_drawn_over_every_off_manifold_curve()
    {
        double?[] off = [null, 0.01, 0.02, 0.03, 0.04];
        double?[] naive = [null, 0.01, 0.02, 0.03, 0.04];
        var lanes = new[] { new ChartLane("a", off, naive), new ChartLane("b", off, naive) };
        foreach (var focused in new[] { 0, 1 })
        {
            var plot = OffManifoldChart.Plot(lanes, 4, 20, 10, 4, focused);
            var columns = plot.Points.Where(p => p.Naive).Select(p => p.Column).ToArray();
            Assert.Equal(Enumerable.Range(0, 20), columns.Order());
            Assert.All(plot.Points.Where(p => p.Naive), p => Assert.Equal(focused, p.Lane));
            Assert.True(plot.NaiveSameAsOffManifold);
        }

        var apart = OffManifoldChart.Plot([new ChartLane("a", [null, 0, 0.5], [null, 0.2, 0.3])], 2, 10, 10, 2, 0);
        Assert.False(apart.NaiveSameAsOffManifold);
        Assert.Equal(10, apart.Points.Count(p => p.Naive));
        Assert.Equal(10, apart.Points.Count(p => !p.Naive));
    }
}
