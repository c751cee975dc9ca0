using ArDivergence.Tui.Sweeps;

namespace ArDivergence.Tui.Plotting;

/// <summary>
/// Charts of a sweep table: a metric against a key, one series per lane (and per value of every other key
/// that varies), intervals as error bars; and the error–compute frontier. <c>off_manifold</c> as a metric is
/// the exact value where the row has one, else the Monte Carlo estimate with its 95% interval.
/// </summary>
public static class SweepCharts
{
    public const string OffManifold = "off_manifold";

    /// <summary>A lane kind with at most this many distinct points has every point labelled on the frontier.</summary>
    public const int MaxLabelledPoints = 12;

    /// <summary>The frontier's x: the lane's FLOPs in the seeded run (a total column wins when a sweep has one).</summary>
    public static readonly string[] ComputeColumns = ["flops_computed_total", "flops_computed"];

    public static PlotChart Lines(SweepTable table, string x, string y, string by, bool logX, bool logY)
    {
        ArgumentNullException.ThrowIfNull(table);
        Require(table, x, "--x");
        if (y != OffManifold)
        {
            Require(table, y, "--y");
        }

        Require(table, by, "--by");
        var others = table.Keys.Where(k => k != x && k != by && table.Rows.Select(r => table.Text(r, k)).Distinct().Count() > 1).ToArray();
        var series = table.Rows
            .GroupBy(r => SeriesName(table, r, by, others), StringComparer.Ordinal)
            .Select(g => new PlotSeries(g.Key, [.. g.Select(r => Point(table, r, x, y)).OfType<PlotPoint>()]))
            .Where(s => s.Points.Count > 0)
            .ToArray();
        return new PlotChart(Title(table, $"{y} vs {x}"), Label(x), Label(y)) { LogX = logX, LogY = logY, Series = series };
    }

    /// <summary>
    /// off_manifold against compute, every row a marker coloured by lane kind, and each kind's Pareto front
    /// (the rows no row of that kind beats on both) joined and labelled.
    /// </summary>
    public static PlotChart Frontier(SweepTable table, bool logX, bool logY)
    {
        ArgumentNullException.ThrowIfNull(table);
        var compute = ComputeColumns.FirstOrDefault(table.Has) ?? throw new FormatException($"{table.Path}: no {ComputeColumns[^1]} column; --frontier plots off_manifold against it");
        Require(table, SweepColumns.Kind, "--frontier");
        var series = new List<PlotSeries>();
        foreach (var kind in table.Rows.GroupBy(r => table.Text(r, SweepColumns.Kind), StringComparer.Ordinal))
        {
            // A lane the sweep does not touch gives the same point at every point of the grid: drawn and labelled once.
            var rows = kind.Select(r => (Row: r, Point: Point(table, r, compute, OffManifold)))
                .Where(p => p.Point is not null)
                .DistinctBy(p => (table.Text(p.Row, SweepColumns.Lane), p.Point!.Value.X, p.Point.Value.Y))
                .ToArray();
            var front = ParetoFront.Mark([.. rows.Select(r => (r.Point!.Value.X, r.Point.Value.Y))]);
            series.Add(new PlotSeries(kind.Key, [.. rows.Select(r => r.Point!.Value)], SeriesStyle.Markers, kind.Key)
            {
                // Few points: each says what it is (the front's are labelled by the front); many would be a blur.
                Labels = rows.Length <= MaxLabelledPoints ? [.. rows.Select((r, i) => front[i] ? "" : PointLabel(table, r.Row))] : [],
            });
            var onFront = rows.Where((_, i) => front[i]).OrderBy(r => r.Point!.Value.X).ToArray();
            series.Add(new PlotSeries($"{kind.Key}: Pareto front", [.. onFront.Select(r => r.Point!.Value with { Low = null, High = null })], SeriesStyle.Front, kind.Key)
            {
                Labels = [.. onFront.Select(r => PointLabel(table, r.Row))],
            });
        }

        return new PlotChart(Title(table, "error–compute frontier"), Label(compute) + "; circled, joined: each kind's Pareto front", Label(OffManifold)) { LogX = logX, LogY = logY, Series = series };
    }

    /// <summary>The value of <paramref name="y"/> at <paramref name="x"/> with its interval, or null when either is missing.</summary>
    public static PlotPoint? Point(SweepTable table, string[] row, string x, string y)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Number(row, x) is not { } xValue)
        {
            return null;
        }

        if (y == OffManifold && !table.Has(OffManifold))
        {
            return table.Number(row, "off_manifold_exact") is { } exact
                ? new PlotPoint(xValue, exact)
                : table.Number(row, "off_manifold_mc") is { } estimate
                    ? new PlotPoint(xValue, estimate, table.Number(row, "off_manifold_mc_ci95_low"), table.Number(row, "off_manifold_mc_ci95_high"))
                    : null;
        }

        return table.Number(row, y) is { } yValue
            ? new PlotPoint(xValue, yValue, table.Number(row, y + "_ci95_low") ?? table.Number(row, y + "_low"), table.Number(row, y + "_ci95_high") ?? table.Number(row, y + "_high"))
            : null;
    }

    /// <summary>An axis label with the unit the column is in.</summary>
    public static string Label(string column) => column switch
    {
        OffManifold => "off_manifold at L (probability)",
        "length" => "length L (tokens)",
        _ when column.StartsWith("off_manifold", StringComparison.Ordinal) || column.Contains("lecun", StringComparison.Ordinal) => $"{column} (probability)",
        _ when column.EndsWith("token_error", StringComparison.Ordinal) || column.EndsWith(".error", StringComparison.Ordinal) => $"{column} (probability per token)",
        _ when column.StartsWith("flops", StringComparison.Ordinal) => $"{column} (FLOPs)",
        _ when column.Contains("bytes", StringComparison.Ordinal) => $"{column} (bytes)",
        _ => column,
    };

    private static string SeriesName(SweepTable table, string[] row, string by, string[] others) =>
        others.Length == 0 ? table.Text(row, by) : $"{table.Text(row, by)} ({string.Join(", ", others.Select(k => $"{Short(k)}={table.Text(row, k)}"))})";

    /// <summary>A front point's label: its lane and the key values that made it.</summary>
    private static string PointLabel(SweepTable table, string[] row)
    {
        // Keys of other lanes (generators.OTHER.…) say nothing about this one.
        var lane = table.Text(row, SweepColumns.Lane);
        var keys = table.Keys
            .Where(k => !k.StartsWith("generators.", StringComparison.Ordinal) || k.StartsWith($"generators.{lane}.", StringComparison.Ordinal))
            .Where(k => table.Rows.Select(r => table.Text(r, k)).Distinct().Count() > 1)
            .ToArray();
        return keys.Length == 0 ? lane : $"{lane} {string.Join(" ", keys.Select(k => $"{Short(k)}={table.Text(row, k)}"))}";
    }

    /// <summary>generators.mpc.commit → commit: the last name of a key is what a legend needs.</summary>
    private static string Short(string key) => key[(key.LastIndexOf('.') + 1)..];

    private static string Title(SweepTable table, string what) => table.Scenario is { } scenario ? $"{scenario}: {what}" : what;

    private static void Require(SweepTable table, string column, string option)
    {
        if (!table.Has(column))
        {
            throw new FormatException($"{option} {column}: {table.Path} has no such column (numbers: {string.Join(", ", table.NumericColumns())}{(option == "--y" ? ", off_manifold" : "")})");
        }
    }
}
