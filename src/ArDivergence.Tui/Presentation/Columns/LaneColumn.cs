using ArDivergence.Tui.Output;

namespace ArDivergence.Tui.Presentation.Columns;

/// <summary>
/// One per-lane column of `ardiv estimate`, defined once: its CSV header and JSON key, its table header, its
/// unit and text. JSON may gather columns in an object (<see cref="JsonGroup"/>); the estimate report reads
/// <see cref="LaneColumns.All"/> for all three formats.
/// </summary>
public sealed record LaneColumn
{
    /// <summary>The CSV header, and the JSON key unless the column is in a <see cref="JsonGroup"/>.</summary>
    public required string Key { get; init; }

    public required ColumnValueKind Kind { get; init; }

    public required Func<EstimateLane, ColumnValue> Value { get; init; }

    /// <summary>The table header; null: the table does not show it.</summary>
    public string? TableName { get; init; }

    public bool InCsv { get; init; } = true;

    /// <summary>
    /// The JSON object this column is written in (with the adjacent columns of the same group), or null. The
    /// group's first column decides: when it is absent, the whole object is null.
    /// </summary>
    public string? JsonGroup { get; init; }

    /// <summary>The key inside <see cref="JsonGroup"/>.</summary>
    public string? JsonName { get; init; }

    public ColumnUnit Unit { get; init; } = ColumnUnit.None;

    /// <summary>The table cell; <see cref="ColumnText"/> of the value unless given.</summary>
    public Func<EstimateLane, string>? Text { get; init; }

    public string Format(EstimateLane lane) => Text?.Invoke(lane) ?? ColumnText.Of(Value(lane), Unit);

    public override string ToString() => Key;
}
