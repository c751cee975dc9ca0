using System.Globalization;

namespace ArDivergence.Tui.Presentation;

/// <summary>
/// A rasterised chart: points in a <see cref="Width"/>×<see cref="Height"/> plot area, y from 0 to
/// <see cref="YMax"/>. <see cref="SameAs"/> says, per lane, which lane's off_manifold curve covers its own
/// entirely (null: it shows); <see cref="NaiveSameAsOffManifold"/> says the lecun curve drawn lies exactly
/// on its lane's off_manifold curve.
/// </summary>
public sealed record ChartPlot(
    int Width, int Height, double YMax, IReadOnlyList<ChartPoint> Points, int? MarkerColumn, IReadOnlyList<int?> SameAs, bool NaiveSameAsOffManifold)
{
    /// <summary>The plot row of a value: 0 at the top (<see cref="YMax"/>), Height − 1 at the bottom (0).</summary>
    public int RowOf(double value) => Height - 1 - (int)Math.Round(Math.Clamp(value / YMax, 0, 1) * (Height - 1));

    /// <summary>Ticks at 0, s, 2s, … YMax for the smallest 1-2-5 step s that divides YMax and leaves three rows between ticks; labels with the step's decimals.</summary>
    public IReadOnlyList<ChartTick> YTicks()
    {
        if (Height < 2)
        {
            return [];
        }

        var maxIntervals = Math.Max(1, (Height - 1) / 3);
        var step = YMax;
        for (var exponent = 0; exponent >= -3; exponent--)
        {
            foreach (var mantissa in new[] { 5.0, 2.0, 1.0 })
            {
                var candidate = mantissa * Math.Pow(10, exponent);
                var intervals = YMax / candidate;
                if (candidate <= YMax && Math.Abs(intervals - Math.Round(intervals)) < 1e-9 && Math.Round(intervals) <= maxIntervals && candidate < step)
                {
                    step = candidate;
                }
            }
        }

        var decimals = Math.Max(0, -(int)Math.Floor(Math.Log10(step) + 1e-9));
        var count = (int)Math.Round(YMax / step);
        return
        [
            .. Enumerable.Range(0, count + 1).Reverse().Select(i =>
                new ChartTick(RowOf(i * step), (i * step).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture))),
        ];
    }
}
