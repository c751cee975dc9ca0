using System.Globalization;
using ArDivergence.Core.Metrics;
using ArDivergence.Tui.Output;

namespace ArDivergence.Tui.Presentation.Columns;

/// <summary>
/// The registry of per-step columns, in output order: `ardiv run`'s JSON keys and CSV headers, the run table
/// and the step table (the columns <see cref="StepColumn.InTable"/>), the Step events of a session log (the
/// columns with a <see cref="StepColumn.RecordName"/>) and the column lines of the help glossary all follow it.
/// Adding a metric means adding one entry here.
/// </summary>
public static class StepColumns
{
    // Typical cell widths on screen: "0.6340", "10.9G", "36.0KiB".
    private const int ProbabilityWidth = 6;
    private const int FlopsWidth = 5;
    private const int BytesWidth = 7;

    public static StepColumn T { get; } = new()
    {
        Key = "t",
        Kind = ColumnValueKind.Whole,
        Value = row => ColumnValue.Of(row.Step.T),
        Unit = ColumnUnit.Count,
        InTable = true,
        RecordName = "T",
        Glossary = [new("t", "the step: position of the token in the continuation, 1 to L")],
    };

    public static StepColumn Token { get; } = new()
    {
        Key = "token",
        Kind = ColumnValueKind.Text,
        Value = row => ColumnValue.Of(row.Token),
        Alignment = CellAlignment.Left,
        InTable = true,
        RecordName = "Token",
        Text = row => row.Token + (row.Step.Forced ? " (forced)" : ""),
        ScreenText = row => (row.Step.Forced ? StepTable.ForcedMark : "") + row.Token,
        Tone = row => row.Step.Forced ? CellTone.Forced : row.Step.OnManifold ? CellTone.Normal : CellTone.Invalid,
        Glossary = [new("token", "the token the lane emitted at t")],
    };

    public static StepColumn TokenProbability { get; } = Probability("token_prob", "TokenProb", row => row.Step.TokenProbability) with
    {
        Name = "p",
        TableWidth = 9,
        Glossary = [new("p", "probability the lane's model gave the emitted token, given the lane's prefix")],
    };

    public static StepColumn OnManifold { get; } = new()
    {
        Key = "on_manifold",
        Kind = ColumnValueKind.Flag,
        Value = row => ColumnValue.Of(row.Step.OnManifold),
        Name = "valid",
        ShortName = StepTable.ValidMark,
        Alignment = CellAlignment.Left,
        InTable = true,
        TableWidth = 5,
        RecordName = "OnManifold",
        Text = row => row.Step.OnManifold ? StepTable.ValidMark : StepTable.InvalidMark,
        Tone = row => row.Step.OnManifold ? CellTone.Valid : CellTone.Invalid,
        Glossary = [new("✓ ✗", "valid / off the manifold: x1..xt are all valid, or not; an invalid token carries a trailing ✗")],
    };

    public static StepColumn TokenError { get; } = Probability("token_error", "TokenError", row => row.Step.TokenError) with
    {
        // The lane's own knowledge: a number, or bounds where the lane knows only part of its distribution.
        Value = row => FromMetric(row.Step.TokenErrorValue),
        ShortName = "tok_err",
        TableWidth = 11,
        Glossary = [new("tok_err", "token_error: probability that the lane's token at t is invalid, given its actual prefix (- once the prefix is off)")],
    };

    /// <summary>
    /// The lower end of token_error where the lane knows only bounds (a trace lane: the listed invalid mass);
    /// absent where token_error is a number or absent. JSON and CSV only, under the names of semantics §10.
    /// </summary>
    public static StepColumn TokenErrorLow { get; } = new()
    {
        Key = "token_error_low",
        Kind = ColumnValueKind.Number,
        Value = row => row.Step.TokenErrorValue.Knowledge == MetricKnowledge.Interval ? ColumnValue.Of(row.Step.TokenErrorValue.Low) : ColumnValue.Absent,
        Unit = ColumnUnit.Probability,
    };

    /// <summary>The upper end of token_error where the lane knows only bounds (listed invalid plus unlisted mass).</summary>
    public static StepColumn TokenErrorHigh { get; } = TokenErrorLow with
    {
        Key = "token_error_high",
        Value = row => row.Step.TokenErrorValue.Knowledge == MetricKnowledge.Interval ? ColumnValue.Of(row.Step.TokenErrorValue.High) : ColumnValue.Absent,
    };

    public static StepColumn PathOff { get; } = Probability("path_off", "PathOff", row => row.Step.PathOff) with
    {
        // Bounds where the token errors are bounds (a trace lane): [1 − Π(1 − low), 1 − Π(1 − high)].
        Value = row => FromMetric(row.Step.PathOffValue),
        TableWidth = 9,
        Glossary = [new("path_off", "1 − Π(1 − e_i) over this path's tok_err values: the naive product along the path")],
    };

    public static StepColumn OffManifold { get; } = Probability("off_manifold", "OffManifold", row => row.OffManifold?.Value) with
    {
        ShortName = "off_man",
        TableWidth = 20,
        ComputedLater = true,
        Text = OffManifoldText,
        Glossary =
        [
            new("off_man", "off_manifold: probability that a fresh run of the lane is off the manifold by t, over all runs (exact dynamic programming unless marked (mc))"),
            new(Presentation.Glossary.LaneOffManifold, "off_man at the lane's t, in the lane's header"),
        ],
    };

    /// <summary>Absent (unknown) is written as false in JSON and the log, for readers that expect a boolean.</summary>
    public static StepColumn OffManifoldExact { get; } = new()
    {
        Key = "off_manifold_exact",
        Kind = ColumnValueKind.Flag,
        Value = row => ColumnValue.Of(row.OffManifold?.Exact),
        AbsentAs = ColumnValue.Of(false),
        RecordName = "OffManifoldExact",
    };

    /// <summary>The 95% Wilson interval of a Monte Carlo off_manifold (absent when exact).</summary>
    public static StepColumn OffManifoldCi95 { get; } = new()
    {
        Key = "off_manifold_ci95",
        Kind = ColumnValueKind.Interval,
        Value = row => row.OffManifold?.Interval is { } interval ? ColumnValue.Between(interval.Lower, interval.Upper) : ColumnValue.Absent,
        Unit = ColumnUnit.Probability,
    };

    public static StepColumn LecunNaive { get; } = Probability("lecun_naive", "LecunNaive", row => row.Step.LecunNaive) with
    {
        ShortName = "lecun",
        TableWidth = 11,
        Glossary = [new("lecun", "lecun_naive: 1 − (1 − ē)^t, LeCun's curve with ē the mean tok_err of this path so far")],
    };

    public static StepColumn FlopsComputed { get; } = Flops("flops_computed", "FlopsComputed", row => row.Step.Compute.Computed) with
    {
        Name = "computed",
        ShortName = "comp",
        InTable = true,
        TableWidth = 8,
        Glossary = [new("comp", "FLOPs computed: new work plus recomputed work (per step in the step table, the total to t in the compute pane)")],
    };

    public static StepColumn FlopsRecomputed { get; } = Flops("flops_recomputed", "FlopsRecomputed", row => row.Step.Compute.Recomputed) with
    {
        Name = "recomputed",
        ShortName = "recomp",
        InTable = true,
        TableWidth = 10,
        Glossary = [new("recomp", "FLOPs recomputed: work on positions processed before, done again because nothing cached it")],
    };

    public static StepColumn FlopsReused { get; } = Flops("flops_reused", "FlopsReused", row => row.Step.Compute.Reused) with
    {
        Name = "reused",
        InTable = true,
        TableWidth = 8,
        Glossary = [new("reused", "FLOPs reused: work a cache (KV or prefix cache) saved")],
    };

    public static StepColumn FlopsDiscarded { get; } = Flops("flops_discarded", "FlopsDiscarded", row => row.Step.Compute.Discarded) with
    {
        Name = "discarded",
        ShortName = "disc",
        NewerThanSomeLogs = true,
        Glossary = [new("disc", "FLOPs discarded: the part of comp spent on tokens never committed (an mpc plan's uncommitted tokens)")],
    };

    public static StepColumn KvCacheBytes { get; } = new()
    {
        Key = "kv_cache_bytes",
        Kind = ColumnValueKind.Whole,
        Value = row => ColumnValue.Of(row.Step.Compute.KvCacheBytes),
        Unit = ColumnUnit.Bytes,
        Name = "kv_cache",
        ShortName = "kv",
        InTable = true,
        TableWidth = 8,
        TypicalWidth = BytesWidth,
        RecordName = "KvCacheBytes",
        Glossary =
        [
            new("kv", "KV-cache bytes resident after the step (0 for one-shot lanes and lanes without a cache)"),
            new(Presentation.Glossary.KvPeak, "the largest kv of the lane up to its t (compute pane)"),
        ],
    };

    public static StepColumn FlopsComputedTotal { get; } = Flops("flops_computed_total", null, row => row.Step.Totals.Computed);

    public static StepColumn FlopsRecomputedTotal { get; } = Flops("flops_recomputed_total", null, row => row.Step.Totals.Recomputed);

    public static StepColumn FlopsReusedTotal { get; } = Flops("flops_reused_total", null, row => row.Step.Totals.Reused);

    public static StepColumn FlopsDiscardedTotal { get; } = Flops("flops_discarded_total", null, row => row.Step.Totals.Discarded);

    public static StepColumn KvCacheBytesPeak { get; } = new()
    {
        Key = "kv_cache_bytes_peak",
        Kind = ColumnValueKind.Whole,
        Value = row => ColumnValue.Of(row.Step.Totals.PeakKvCacheBytes),
        Unit = ColumnUnit.Bytes,
    };

    public static StepColumn Forced { get; } = new()
    {
        Key = "forced",
        Kind = ColumnValueKind.Flag,
        Value = row => ColumnValue.Of(row.Step.Forced),
        RecordName = "Forced",
    };

    /// <summary>
    /// How many draws a verifier took for the token (semantics §13): "1" when the first draw was kept, "×n" when
    /// the step was retried; absent on lanes without a verifier.
    /// </summary>
    public static StepColumn Draws { get; } = new()
    {
        Key = "draws",
        Kind = ColumnValueKind.Whole,
        Value = row => row.Step.Draws is { } draws ? ColumnValue.Of(draws) : ColumnValue.Absent,
        Unit = ColumnUnit.Count,
        InTable = true,
        TableWidth = 5,
        Text = row => row.Step.Draws is { } draws ? (draws > 1 ? string.Create(CultureInfo.InvariantCulture, $"×{draws}") : "1") : ColumnText.Absent,
        Tone = row => row.Step.Draws > 1 ? CellTone.Forced : CellTone.Normal,
        Glossary = [new("draws", "draws a verifier took for the token: 1, or ×n when it flagged and redrew (- without a verifier)")],
    };

    /// <summary>The verifier's expected draws (1 − r^{m+1})/(1 − r) at the step, beside the counted ones.</summary>
    public static StepColumn ExpectedDraws { get; } = new()
    {
        Key = "expected_draws",
        Kind = ColumnValueKind.Number,
        Value = row => ColumnValue.Of(row.Step.ExpectedDraws),
    };

    /// <summary>
    /// Wall time of the model decodes of the step (real-model lanes); never recorded, compared or replayed. In the
    /// JSON and CSV outputs only: one more column would push the step table past 80 columns for every scenario.
    /// </summary>
    public static StepColumn DecodeMilliseconds { get; } = new()
    {
        Key = "decode_ms",
        Kind = ColumnValueKind.Number,
        Value = row => ColumnValue.Of(row.Step.DecodeMilliseconds),
        Unit = new ColumnUnit("ms", ms => ms.ToString(ms < 10 ? "0.00" : "0", System.Globalization.CultureInfo.InvariantCulture)),
    };

    /// <summary>Every column in output order. The top-k list is not a column: `ardiv run` writes it after them.</summary>
    public static IReadOnlyList<StepColumn> All { get; } =
    [
        T, Token, TokenProbability, OnManifold, TokenError, TokenErrorLow, TokenErrorHigh, PathOff, OffManifold, OffManifoldExact, OffManifoldCi95,
        LecunNaive, FlopsComputed, FlopsRecomputed, FlopsReused, FlopsDiscarded, KvCacheBytes, FlopsComputedTotal,
        FlopsRecomputedTotal, FlopsReusedTotal, FlopsDiscardedTotal, KvCacheBytesPeak, Forced,
        LaneKindColumns.Writes, LaneKindColumns.Acceptance, LaneKindColumns.Round, LaneKindColumns.FlopsDraft, LaneKindColumns.FlopsTarget,
        Draws, ExpectedDraws, DecodeMilliseconds,
    ];

    /// <summary>The columns of the run table and the step table, in order.</summary>
    public static IReadOnlyList<StepColumn> Table { get; } = [.. All.Where(c => c.InTable)];

    /// <summary>The columns a session log records for each step, in order.</summary>
    public static IReadOnlyList<StepColumn> Recorded { get; } = [.. All.Where(c => c.RecordName is not null)];

    /// <summary>The column with this JSON/CSV key.</summary>
    public static StepColumn ByKey(string key) =>
        All.FirstOrDefault(c => c.Key == key) ?? throw new ArgumentException($"no step column has the key '{key}'", nameof(key));

    /// <summary>"0.6340" when exact, "0.631 ±0.009 (mc)" when estimated, "-" when unknown.</summary>
    private static string OffManifoldText(StepRow row)
    {
        if (row.OffManifold is not { } value)
        {
            return ColumnText.Absent;
        }

        if (value.Exact || value.Interval is not { } interval)
        {
            return Units.Probability(value.Value);
        }

        var half = (interval.Upper - interval.Lower) / 2;
        return string.Create(CultureInfo.InvariantCulture, $"{value.Value:0.000} ±{half:0.000} (mc)");
    }

    private static ColumnValue FromMetric(MetricValue metric) => metric.Knowledge switch
    {
        MetricKnowledge.Number => ColumnValue.Of(metric.Low),
        MetricKnowledge.Interval => ColumnValue.Between(metric.Low, metric.High),
        _ => ColumnValue.Absent,
    };

    private static StepColumn Probability(string key, string recordName, Func<StepRow, double?> value) => new()
    {
        Key = key,
        Kind = ColumnValueKind.Number,
        Value = row => ColumnValue.Of(value(row)),
        Unit = ColumnUnit.Probability,
        InTable = true,
        TypicalWidth = ProbabilityWidth,
        RecordName = recordName,
    };

    /// <param name="recordName">Null for the running totals, which the log does not record.</param>
    private static StepColumn Flops(string key, string? recordName, Func<StepRow, double> value) => new()
    {
        Key = key,
        Kind = ColumnValueKind.Number,
        Value = row => ColumnValue.Of(value(row)),
        Unit = ColumnUnit.Flops,
        TypicalWidth = FlopsWidth,
        RecordName = recordName,
    };
}
