namespace ArDivergence.Tui.Presentation.Columns;

/// <summary>
/// A column value as text for the terminal (the run table and the step table): absent as "-", numbers in the
/// column's unit, an interval as "low..high", a flag as true/false (columns with marks override it).
/// </summary>
public static class ColumnText
{
    public const string Absent = "-";

    /// <summary>Between the ends of an interval; ".." because "-" already means absent and numbers may be negative.</summary>
    public const string IntervalSeparator = "..";

    public static string Of(ColumnValue value, ColumnUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return value.Kind switch
        {
            ColumnValueKind.Number => unit.Format(value.Number),
            ColumnValueKind.Whole => unit.Format(value.Whole),
            ColumnValueKind.Interval => unit.Format(value.Low) + IntervalSeparator + unit.Format(value.High),
            ColumnValueKind.Text => value.Text,
            ColumnValueKind.Flag => value.Flag ? "true" : "false",
            _ => Absent,
        };
    }
}
