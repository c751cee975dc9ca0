using System.Globalization;

namespace ArDivergence.Tui.Presentation.Columns;

/// <summary>
/// Step columns that only some lane kinds fill (absent for the others): the positions a masked-diffusion step
/// committed, and a speculative lane's acceptance, round and draft/target work. Listed in <see cref="StepColumns.All"/>.
/// </summary>
public static class LaneKindColumns
{
    /// <summary>JSON, CSV and the log: "3=a 5=b"; the tables: the positions only ("3 5"), the tokens are in the strip.</summary>
    public static StepColumn Writes { get; } = new()
    {
        Key = "writes",
        Kind = ColumnValueKind.Text,
        Value = row => row.WritesText is { } text ? ColumnValue.Of(text) : ColumnValue.Absent,
        Name = "positions",
        ShortName = "pos",
        Alignment = CellAlignment.Left,
        InTable = true,
        OnlySomeLanes = true,
        Text = row => row.WritesText is null ? ColumnText.Absent : string.Join(' ', row.Step.Writes.Select(w => w.Position.ToString(CultureInfo.InvariantCulture))),
        Glossary = [new("pos", "the positions a step committed, for lanes that write several positions a step or out of order (masked diffusion; JSON and CSV `writes` give position=token); - for one token at position t")],
    };

    public static StepColumn Acceptance { get; } = new()
    {
        Key = "acceptance",
        Kind = ColumnValueKind.Number,
        Value = row => ColumnValue.Of(row.Step.Extras?.Acceptance),
        Unit = ColumnUnit.Probability,
        Name = "acceptance",
        ShortName = "α",
        InTable = true,
        OnlySomeLanes = true,
        TableWidth = 10,
        TypicalWidth = 6,
        RecordName = "Acceptance",
        Glossary = [new("α", "acceptance α_t = Σ min(p_t, q_t) of a speculative lane: the probability that the draft's token at t is accepted by the target")],
    };

    /// <summary>The round a speculative step's token came from; + marks the step that opened it (and paid for it).</summary>
    public static StepColumn Round { get; } = new()
    {
        Key = "round",
        Kind = ColumnValueKind.Whole,
        Value = row => row.Step.Extras?.Round is { } round ? ColumnValue.Of(round) : ColumnValue.Absent,
        Unit = ColumnUnit.Count,
        Name = "round",
        ShortName = "rnd",
        InTable = true,
        OnlySomeLanes = true,
        TableWidth = 6,
        RecordName = "Round",
        Text = RoundText,
        Glossary = [new("rnd", "the speculative round the token came from; +n marks round n's first step, which carries the round's draft and target work")],
    };

    public static StepColumn FlopsDraft { get; } = new()
    {
        Key = "flops_draft",
        Kind = ColumnValueKind.Number,
        Value = row => ColumnValue.Of(row.Step.Extras?.DraftFlops),
        Unit = ColumnUnit.Flops,
    };

    public static StepColumn FlopsTarget { get; } = FlopsDraft with
    {
        Key = "flops_target",
        Value = row => ColumnValue.Of(row.Step.Extras?.TargetFlops),
    };

    private static string RoundText(Output.StepRow row) => row.Step.Extras?.Round is { } round
        ? (row.Step.Extras.RoundStart ? "+" : "") + round.ToString(CultureInfo.InvariantCulture)
        : ColumnText.Absent;
}
