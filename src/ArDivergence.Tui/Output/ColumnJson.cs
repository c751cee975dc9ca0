using System.Text.Json;
using ArDivergence.Tui.Presentation.Columns;

namespace ArDivergence.Tui.Output;

/// <summary>
/// A column value in JSON under the column's key: absent as null (or the column's <see cref="StepColumn.AbsentAs"/>),
/// an interval as [low, high] — the shape off_manifold_ci95 has always had, so every interval reads the same.
/// </summary>
internal static class ColumnJson
{
    public static void Write(Utf8JsonWriter json, StepColumn column, StepRow row)
    {
        var value = column.Value(row);
        Write(json, column.Key, value.IsAbsent ? column.AbsentAs ?? value : value);
    }

    public static void Write(Utf8JsonWriter json, string key, ColumnValue value)
    {
        switch (value.Kind)
        {
            case ColumnValueKind.Number:
                json.Number(key, value.Number);
                break;
            case ColumnValueKind.Whole:
                json.WriteNumber(key, value.Whole);
                break;
            case ColumnValueKind.Interval:
                json.WriteStartArray(key);
                json.Number(value.Low);
                json.Number(value.High);
                json.WriteEndArray();
                break;
            case ColumnValueKind.Text:
                json.WriteString(key, value.Text);
                break;
            case ColumnValueKind.Flag:
                json.WriteBoolean(key, value.Flag);
                break;
            default:
                json.WriteNull(key);
                break;
        }
    }
}
