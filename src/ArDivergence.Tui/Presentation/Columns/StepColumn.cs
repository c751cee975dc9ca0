using ArDivergence.Tui.Output;

namespace ArDivergence.Tui.Presentation.Columns;

/// <summary>
/// One per-step column, defined once: its JSON/CSV key, its names in the run table and on screen, the name
/// of its session-log property, its unit, text, alignment, colour rule and glossary lines. The run report,
/// the step table, the recorder, the replayer and the help glossary all read <see cref="StepColumns.All"/>.
/// </summary>
public sealed record StepColumn
{
    private readonly string? _name;
    private readonly string? _shortName;

    /// <summary>The JSON key and CSV header (an interval takes two CSV headers: key_low, key_high).</summary>
    public required string Key { get; init; }

    /// <summary>What the non-absent values of this column are: fixes the CSV headers and the JSON shape.</summary>
    public required ColumnValueKind Kind { get; init; }

    /// <summary>The value for one step.</summary>
    public required Func<StepRow, ColumnValue> Value { get; init; }

    /// <summary>The header in `ardiv run --format table` (the key unless given).</summary>
    public string Name
    {
        get => _name ?? Key;
        init => _name = value;
    }

    /// <summary>The header on screen, the same at every size (the name unless given).</summary>
    public string ShortName
    {
        get => _shortName ?? Name;
        init => _shortName = value;
    }

    /// <summary>Whether the run table and the step table show it (JSON, CSV and the log show every column).</summary>
    public bool InTable { get; init; }

    /// <summary>The property of a Step event in the session log; null: not recorded (replay cannot compare it).</summary>
    public string? RecordName { get; init; }

    /// <summary>
    /// Whether logs recorded before this column existed lack its property: replay then skips it there instead
    /// of reporting a divergence (it still compares it wherever the log has it).
    /// </summary>
    public bool NewerThanSomeLogs { get; init; }

    /// <summary>What JSON and the session log write for an absent value (null unless given; CSV leaves the field empty).</summary>
    public ColumnValue? AbsentAs { get; init; }

    public ColumnUnit Unit { get; init; } = ColumnUnit.None;

    public CellAlignment Alignment { get; init; } = CellAlignment.Right;

    public bool RightAligned => Alignment == CellAlignment.Right;

    /// <summary>The width of the column in the run table; 0: the report fits it to its content.</summary>
    public int TableWidth { get; init; }

    /// <summary>The width of a typical cell on screen, so columns line up the same way in every lane.</summary>
    public int TypicalWidth { get; init; }

    /// <summary>
    /// Whether an absent value may still be on its way (computed in the background): the screen then shows
    /// <see cref="StepTable.Pending"/> instead of "-".
    /// </summary>
    public bool ComputedLater { get; init; }

    /// <summary>The cell's text in the run table; <see cref="ColumnText"/> of the value unless given.</summary>
    public Func<StepRow, string>? Text { get; init; }

    /// <summary>The cell's text on screen, where it differs from the run table's.</summary>
    public Func<StepRow, string>? ScreenText { get; init; }

    /// <summary>The colour rule of the cell on screen.</summary>
    public Func<StepRow, CellTone> Tone { get; init; } = _ => CellTone.Normal;

    /// <summary>The help screen's lines for this column and the labels that show the same metric elsewhere.</summary>
    public IReadOnlyList<GlossaryEntry> Glossary { get; init; } = [];

    /// <summary>The run table's cell.</summary>
    public string Format(StepRow row) => Text?.Invoke(row) ?? ColumnText.Of(Value(row), Unit);

    /// <summary>The step table's cell.</summary>
    public string FormatOnScreen(StepRow row) => ScreenText?.Invoke(row) ?? Format(row);

    public override string ToString() => Key;
}
