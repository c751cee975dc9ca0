using System.Globalization;
using ArDivergence.Tui.Presentation.Columns;

namespace ArDivergence.Tui.Output;

/// <summary>
/// Columns in CSV: one field per column, two for an interval column (key_low, key_high); absent as empty
/// fields.
/// </summary>
internal static class ColumnCsv
{
    public const string LowSuffix = "_low";
    public const string HighSuffix = "_high";

    public static IEnumerable<string> Headers(StepColumn column) => Headers(column.Key, column.Kind);

    public static IEnumerable<string> Headers(string key, ColumnValueKind kind) =>
        kind == ColumnValueKind.Interval ? [key + LowSuffix, key + HighSuffix] : [key];

    public static IEnumerable<string> Fields(StepColumn column, StepRow row) => Fields(column.Kind, column.Value(row));

    /// <summary>The fields of a value in a column of <paramref name="kind"/>.</summary>
    public static IEnumerable<string> Fields(ColumnValueKind kind, ColumnValue value)
    {
        if (kind == ColumnValueKind.Interval)
        {
            // A number in an interval column is the interval [n, n].
            return value.Kind is ColumnValueKind.Interval or ColumnValueKind.Number ? [Csv.Number(value.Low), Csv.Number(value.High)] : ["", ""];
        }

        return [Field(value)];
    }

    public static string Field(ColumnValue value) => value.Kind switch
    {
        ColumnValueKind.Number => Csv.Number(value.Number),
        ColumnValueKind.Whole => value.Whole.ToString(CultureInfo.InvariantCulture),
        ColumnValueKind.Interval => Csv.Number(value.Low) + ColumnText.IntervalSeparator + Csv.Number(value.High),
        ColumnValueKind.Text => Csv.Field(value.Text),
        ColumnValueKind.Flag => Csv.Bool(value.Flag),
        _ => "",
    };
}
