using System.Globalization;
using ArDivergence.Tui.Output;

namespace ArDivergence.Tui.Presentation.Columns;

/// <summary>
/// The registry of `ardiv estimate`'s per-lane columns, in output order (JSON keys, CSV headers, table
/// columns). off_manifold is over all runs of a lane; the path_ columns and the compute totals come from the
/// lane's one seeded run, and their names say so.
/// </summary>
public static class LaneColumns
{
    private const string MonteCarloGroup = "off_manifold_mc";

    public static LaneColumn OffManifoldExact { get; } = new()
    {
        Key = "off_manifold_exact",
        Kind = ColumnValueKind.Number,
        Value = lane => ColumnValue.Of(lane.OffManifoldExact),
        Unit = ColumnUnit.Probability,
        TableName = "off_manifold",
    };

    public static LaneColumn MonteCarlo { get; } = new()
    {
        Key = "off_manifold_mc",
        Kind = ColumnValueKind.Number,
        Value = lane => ColumnValue.Of(lane.MonteCarlo?.Estimate(lane.Length)),
        Unit = ColumnUnit.Probability,
        TableName = "monte carlo (95%)",
        JsonGroup = MonteCarloGroup,
        JsonName = "estimate",
        Text = MonteCarloText,
    };

    public static LaneColumn MonteCarloCi95 { get; } = new()
    {
        Key = "off_manifold_mc_ci95",
        Kind = ColumnValueKind.Interval,
        Value = lane => lane.MonteCarlo?.Interval(lane.Length) is { } ci ? ColumnValue.Between(ci.Lower, ci.Upper) : ColumnValue.Absent,
        Unit = ColumnUnit.Probability,
        JsonGroup = MonteCarloGroup,
        JsonName = "ci95",
    };

    public static LaneColumn MonteCarloSamples { get; } = new()
    {
        Key = "mc_samples",
        Kind = ColumnValueKind.Whole,
        Value = lane => lane.MonteCarlo is { } mc ? ColumnValue.Of(mc.Samples) : ColumnValue.Absent,
        Unit = ColumnUnit.Count,
        JsonGroup = MonteCarloGroup,
        JsonName = "samples",
    };

    /// <summary>The old name of path_lecun_naive, kept in JSON for the notebooks that read it.</summary>
    public static LaneColumn LecunNaive { get; } = new()
    {
        Key = "lecun_naive",
        Kind = ColumnValueKind.Number,
        Value = lane => ColumnValue.Of(lane.LecunNaive),
        Unit = ColumnUnit.Probability,
        InCsv = false,
    };

    /// <summary>The old name of path_mean_token_error, kept in JSON for the notebooks that read it.</summary>
    public static LaneColumn MeanTokenError { get; } = LecunNaive with
    {
        Key = "mean_token_error",
        Value = lane => ColumnValue.Of(lane.MeanTokenError),
    };

    /// <summary>LeCun's 1 − (1 − ē)^L with ē the mean token error of the seeded run.</summary>
    public static LaneColumn PathLecunNaive { get; } = LecunNaive with
    {
        Key = "path_lecun_naive",
        TableName = "path lecun_naive",
        InCsv = true,
    };

    /// <summary>The mean token error ē of the seeded run.</summary>
    public static LaneColumn PathMeanTokenError { get; } = MeanTokenError with
    {
        Key = "path_mean_token_error",
        TableName = "path mean e_t",
        InCsv = true,
    };

    public static LaneColumn FlopsComputed { get; } = Flops("flops_computed", "computed", lane => lane.Totals.Computed);

    public static LaneColumn FlopsRecomputed { get; } = Flops("flops_recomputed", "recomputed", lane => lane.Totals.Recomputed);

    public static LaneColumn FlopsReused { get; } = Flops("flops_reused", "reused", lane => lane.Totals.Reused);

    public static LaneColumn FlopsDiscarded { get; } = Flops("flops_discarded", "discarded", lane => lane.Totals.Discarded);

    public static LaneColumn KvCacheBytesPeak { get; } = new()
    {
        Key = "kv_cache_bytes_peak",
        Kind = ColumnValueKind.Whole,
        Value = lane => ColumnValue.Of(lane.Totals.PeakKvCacheBytes),
        Unit = ColumnUnit.Bytes,
        TableName = "kv peak",
    };

    /// <summary>Every column in output order; the table's "vs cheapest" compares lanes and is not a column.</summary>
    public static IReadOnlyList<LaneColumn> All { get; } =
    [
        OffManifoldExact, MonteCarlo, MonteCarloCi95, MonteCarloSamples, LecunNaive, MeanTokenError, PathLecunNaive,
        PathMeanTokenError, FlopsComputed, FlopsRecomputed, FlopsReused, FlopsDiscarded, KvCacheBytesPeak,
    ];

    /// <summary>"0.0123 [0.0100, 0.0150] n=2000", or "-" without Monte Carlo.</summary>
    private static string MonteCarloText(EstimateLane lane)
    {
        if (lane.MonteCarlo is not { } mc)
        {
            return ColumnText.Absent;
        }

        var interval = mc.Interval(lane.Length);
        return string.Create(CultureInfo.InvariantCulture, $"{mc.Estimate(lane.Length):0.0000} [{interval.Lower:0.0000}, {interval.Upper:0.0000}] n={mc.Samples}");
    }

    private static LaneColumn Flops(string key, string tableName, Func<EstimateLane, double> value) => new()
    {
        Key = key,
        Kind = ColumnValueKind.Number,
        Value = lane => ColumnValue.Of(value(lane)),
        Unit = ColumnUnit.Flops,
        TableName = tableName,
    };
}
