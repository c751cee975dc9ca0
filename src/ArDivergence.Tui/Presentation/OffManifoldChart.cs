using System.Globalization;

namespace ArDivergence.Tui.Presentation;

/// <summary>
/// off_manifold against t for every lane (filled marks, the first lane on top), with the focused lane's
/// lecun_naive 1 − (1 − ē)^t so far (hollow marks, drawn over everything so it is never hidden), as the
/// core computed them. A column stands for the last t it covers; with fewer steps than columns every t
/// gets a flat run of columns.
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

    /// <param name="naiveLane">The lane whose lecun curve is drawn (the focused lane); null: none.</param>
    public static ChartPlot Plot(IReadOnlyList<ChartLane> lanes, int length, int width, int height, int? markerT, int? naiveLane = null)
    {
        ArgumentNullException.ThrowIfNull(lanes);
        if (width <= 0 || height <= 1 || length <= 0)
        {
            return new ChartPlot(Math.Max(0, width), Math.Max(0, height), 1, [], null, [.. lanes.Select(_ => (int?)null)], false);
        }

        var max = lanes.SelectMany(l => l.OffManifold.Concat(l.Naive)).Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0).Max();
        var empty = new ChartPlot(width, height, NiceCeiling(max), [], null, [], false);
        var curves = lanes.Select(l => Cells(l.OffManifold, empty, length)).ToArray();
        var cells = new Dictionary<(int, int), ChartPoint>();
        for (var lane = lanes.Count - 1; lane >= 0; lane--)
        {
            foreach (var (column, row) in curves[lane])
            {
                cells[(column, row)] = new ChartPoint(column, row, lane, false);
            }
        }

        var naiveSame = false;
        if (naiveLane is int n && n >= 0 && n < lanes.Count)
        {
            var naive = Cells(lanes[n].Naive, empty, length);
            foreach (var (column, row) in naive)
            {
                cells[(column, row)] = new ChartPoint(column, row, n, true);
            }

            naiveSame = naive.Count > 0 && naive.All(curves[n].Contains);
        }

        int? marker = null;
        if (markerT is int m && m >= 1)
        {
            marker = Enumerable.Range(0, width).FirstOrDefault(c => TAt(c, width, length) >= m);
        }

        var sameAs = Enumerable.Range(0, lanes.Count)
            .Select(j => curves[j].Count == 0 ? null : Enumerable.Range(0, j).Select(i => (int?)i).FirstOrDefault(i => curves[j].IsSubsetOf(curves[i!.Value])))
            .ToArray();
        return empty with
        {
            Points = [.. cells.Values.OrderBy(p => p.Row).ThenBy(p => p.Column)],
            MarkerColumn = marker,
            SameAs = sameAs,
            NaiveSameAsOffManifold = naiveSame,
        };
    }

    /// <summary>
    /// The x axis under the plot, <paramref name="width"/> cells: "t=1" at the start, "┴ t=N" under the
    /// marker column (turned to "t=N ┴" where it would not fit), "t=L" at the end; no label overlaps another
    /// and none is repeated.
    /// </summary>
    public static string Axis(int width, int length, int? markerColumn, int markerT)
    {
        var axis = new string('─', Math.Max(0, width)).ToCharArray();
        var taken = new List<(int Start, int End)>();
        bool Place(int start, string text)
        {
            var end = start + text.Length;
            if (start < 0 || end > axis.Length || taken.Any(s => start < s.End + 1 && s.Start < end + 1))
            {
                return false;
            }

            text.CopyTo(0, axis, start, text.Length);
            taken.Add((start, end));
            return true;
        }

        var shownT = new HashSet<int>();
        if (markerColumn is int m && m >= 0 && m < axis.Length && markerT >= 1)
        {
            var label = "t=" + markerT.ToString(CultureInfo.InvariantCulture);
            if (Place(m, "┴ " + label) || Place(m - label.Length - 1, label + " ┴") || Place(m, "┴"))
            {
                shownT.Add(markerT);
            }
        }

        var last = "t=" + length.ToString(CultureInfo.InvariantCulture);
        if (!shownT.Contains(length))
        {
            Place(axis.Length - last.Length, last);
        }

        if (!shownT.Contains(1))
        {
            Place(0, "t=1");
        }

        return new string(axis);
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

    /// <summary>The (column, row) cells a curve occupies.</summary>
    private static HashSet<(int Column, int Row)> Cells(IReadOnlyList<double?> values, ChartPlot frame, int length)
    {
        var cells = new HashSet<(int, int)>();
        for (var column = 0; column < frame.Width; column++)
        {
            var t = TAt(column, frame.Width, length);
            if (t < values.Count && values[t] is double value)
            {
                cells.Add((column, frame.RowOf(value)));
            }
        }

        return cells;
    }
}
