using System.Globalization;

namespace ArDivergence.Tui.Presentation;

/// <summary>The values one lane contributes to the chart, indexed by t (index 0 unused): off_manifold and lecun_naive.</summary>
public sealed record ChartLane(string Name, IReadOnlyList<double?> OffManifold, IReadOnlyList<double?> Naive);

/// <summary>One plotted cell: which lane, and whether it is the naive curve.</summary>
public readonly record struct ChartPoint(int Column, int Row, int Lane, bool Naive);

/// <summary>A rasterised chart: points in a <see cref="Width"/>×<see cref="Height"/> plot area, y from 0 to <see cref="YMax"/>.</summary>
public sealed record ChartPlot(int Width, int Height, double YMax, IReadOnlyList<ChartPoint> Points, int? MarkerColumn)
{
    /// <summary>The y-axis label of a plot row (top: YMax, bottom: 0, middle: half).</summary>
    public string? YLabel(int row)
    {
        if (row == 0)
        {
            return Number(YMax);
        }

        if (row == Height - 1)
        {
            return "0";
        }

        return Height >= 5 && row == (Height - 1) / 2
            ? (YMax * (Height - 1 - row) / (Height - 1)).ToString("G2", CultureInfo.InvariantCulture)
            : null;
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}

/// <summary>
/// off_manifold against t for every lane (filled marks), with each lane's lecun_naive 1 − (1 − ē)^t so far
/// (hollow marks), as the core computed them. A column stands for the last t it covers; with fewer steps
/// than columns every t gets a flat run of columns.
/// </summary>
public static class OffManifoldChart
{
    private static readonly string[] Filled = ["●", "■", "▲", "◆", "▼", "A", "B", "C"];
    private static readonly string[] Hollow = ["○", "□", "△", "◇", "▽", "a", "b", "c"];

    public static string Glyph(int lane, bool naive) =>
        (naive ? Hollow : Filled)[Math.Min(lane, Filled.Length - 1)];

    /// <summary>The t a plot column shows.</summary>
    public static int TAt(int column, int width, int length) =>
        Math.Clamp((int)Math.Ceiling((column + 1) * (double)length / width), 1, length);

    public static ChartPlot Plot(IReadOnlyList<ChartLane> lanes, int length, int width, int height, int? markerT)
    {
        ArgumentNullException.ThrowIfNull(lanes);
        if (width <= 0 || height <= 1 || length <= 0)
        {
            return new ChartPlot(Math.Max(0, width), Math.Max(0, height), 1, [], null);
        }

        var max = lanes.SelectMany(l => l.OffManifold.Concat(l.Naive)).Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0).Max();
        var yMax = NiceCeiling(max);
        var cells = new Dictionary<(int, int), ChartPoint>();
        foreach (var naive in new[] { true, false })
        {
            for (var lane = lanes.Count - 1; lane >= 0; lane--)
            {
                var values = naive ? lanes[lane].Naive : lanes[lane].OffManifold;
                for (var column = 0; column < width; column++)
                {
                    var t = TAt(column, width, length);
                    if (t >= values.Count || values[t] is not double value)
                    {
                        continue;
                    }

                    var row = height - 1 - (int)Math.Round(Math.Clamp(value / yMax, 0, 1) * (height - 1));
                    cells[(column, row)] = new ChartPoint(column, row, lane, naive);
                }
            }
        }

        int? marker = null;
        if (markerT is int m && m >= 1)
        {
            marker = Enumerable.Range(0, width).FirstOrDefault(c => TAt(c, width, length) >= m);
        }

        return new ChartPlot(width, height, yMax, [.. cells.Values.OrderBy(p => p.Row).ThenBy(p => p.Column)], marker);
    }

    /// <summary>The smallest of 1, 2, 5 × 10^k that is at least <paramref name="value"/> (at most 1, at least 0.001).</summary>
    public static double NiceCeiling(double value)
    {
        if (!double.IsFinite(value) || value >= 0.5 || value <= 0)
        {
            return 1;
        }

        var candidate = 1.0;
        for (var scale = 1.0; scale >= 1e-3; scale /= 10)
        {
            foreach (var step in new[] { 1.0, 0.5, 0.2 })
            {
                var next = step * scale;
                if (next < value)
                {
                    return candidate;
                }

                candidate = next;
            }
        }

        return candidate;
    }
}
