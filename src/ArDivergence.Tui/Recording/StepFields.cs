using ArDivergence.Core.Debugging;
using ArDivergence.Core.Metrics;
using ArDivergence.Tui.Output;
using ArDivergence.Tui.Presentation.Columns;

namespace ArDivergence.Tui.Recording;

/// <summary>
/// The properties of a <c>Step</c> event: the lane, then every column with a
/// <see cref="StepColumn.RecordName"/> (<see cref="StepColumns.Recorded"/>); replay compares them. off_manifold
/// is recorded only when it is exact and already computed (recording never makes the debugger wait for dynamic
/// programming; a Monte Carlo value depends on when the estimate was made, not on the session). A replay
/// computes it (<paramref name="computeExact"/>) and compares it wherever the log has it.
/// </summary>
public static class StepFields
{
    public const string Lane = "Lane";

    /// <summary>Appended to the record name of an interval column for its two properties.</summary>
    public const string LowSuffix = "Low";

    public const string HighSuffix = "High";

    public static IReadOnlyList<(string Name, object? Value)> Of(SessionSnapshot snapshot, LaneSnapshot lane, StepRecord step, bool computeExact = false)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(lane);
        ArgumentNullException.ThrowIfNull(step);
        var off = computeExact ? lane.OffManifold.Exact?.At(step.T) : lane.OffManifold.Exact?.Known(step.T);
        var row = new StepRow(step, snapshot.TokenText(lane.Name, step.Token), off is double exact ? new OffManifoldValue(exact, true, null, 0) : null, []);
        return Of(lane.Name, row, StepColumns.Recorded);
    }

    /// <summary>The lane, then the recorded properties of <paramref name="columns"/> for one row.</summary>
    public static IReadOnlyList<(string Name, object? Value)> Of(string lane, StepRow row, IEnumerable<StepColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(columns);
        var fields = new List<(string Name, object? Value)> { (Lane, lane) };
        foreach (var column in columns.Where(c => c.RecordName is not null))
        {
            var value = column.Value(row);
            if (value.IsAbsent)
            {
                value = column.AbsentAs ?? value;
            }

            if (column.Kind == ColumnValueKind.Interval)
            {
                // Two properties whatever the value, so every Step event of a log has the same shape.
                var bounded = value.Kind is ColumnValueKind.Interval or ColumnValueKind.Number;
                fields.Add((column.RecordName + LowSuffix, bounded ? value.Low : null));
                fields.Add((column.RecordName + HighSuffix, bounded ? value.High : null));
            }
            else
            {
                fields.Add((column.RecordName!, Scalar(value)));
            }
        }

        return fields;
    }

    /// <summary>The value as Serilog records it: a number, a whole count, text, a flag or null.</summary>
    private static object? Scalar(ColumnValue value) => value.Kind switch
    {
        ColumnValueKind.Number => value.Number,
        ColumnValueKind.Whole => value.Whole,
        ColumnValueKind.Text => value.Text,
        ColumnValueKind.Flag => value.Flag,

        // An interval in a column not declared as one keeps both ends, as in its CSV field ("low..high").
        ColumnValueKind.Interval => ColumnCsv.Field(value),
        _ => null,
    };
}
