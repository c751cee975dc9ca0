using System.Globalization;
using ArDivergence.Core.Metrics;
using ArDivergence.Tui.Output;

namespace ArDivergence.Tui.Presentation.Columns;

/// <summary>
/// `ardiv estimate`'s columns for a speculative lane's seeded run (absent for other lanes): mean acceptance, expected
/// and measured tokens per target pass, and the work of the draft and of the target. Listed in <see cref="LaneColumns.All"/>.
/// </summary>
public static class SpeculationColumns
{
    private static readonly ColumnUnit Tokens = new("tokens", n => n.ToString("0.00", CultureInfo.InvariantCulture));

    public static LaneColumn MeanAcceptance { get; } = Of("acceptance_mean", "mean α", s => s.MeanAcceptance, ColumnUnit.Probability);

    public static LaneColumn ExpectedTokensPerPass { get; } = Of("tokens_per_pass_expected", "expected tok/pass", s => s.ExpectedTokensPerPass, Tokens);

    public static LaneColumn TokensPerPass { get; } = Of("tokens_per_pass", "tok/pass", s => s.TokensPerPass, Tokens);

    public static LaneColumn FlopsDraft { get; } = Of("flops_draft", "draft", s => s.DraftFlops, ColumnUnit.Flops);

    public static LaneColumn FlopsTarget { get; } = Of("flops_target", "target", s => s.TargetFlops, ColumnUnit.Flops);

    private static LaneColumn Of(string key, string tableName, Func<SpeculationSummary, double> value, ColumnUnit unit) => new()
    {
        Key = key,
        Kind = ColumnValueKind.Number,
        Value = lane => lane.Speculation is { } summary ? ColumnValue.Of(value(summary)) : ColumnValue.Absent,
        Unit = unit,
        TableName = tableName,
    };
}
