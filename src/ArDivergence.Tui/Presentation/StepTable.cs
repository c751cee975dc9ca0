using System.Globalization;
using ArDivergence.Core.Debugging;
using ArDivergence.Core.Metrics;
using ArDivergence.Tui.Output;
using ArDivergence.Tui.Presentation.Columns;

namespace ArDivergence.Tui.Presentation;

/// <summary>
/// The per-step table of one lane: the columns of <see cref="StepColumns.Table"/>, formatted exactly as
/// `ardiv run --format table` formats them, except where a column has its own screen text (a forced token is
/// marked "↳token" rather than "token (forced)") and while off_manifold is still being computed ("…").
/// </summary>
public static class StepTable
{
    public const string ForcedMark = "↳";
    public const string ValidMark = "✓";
    public const string InvalidMark = "✗";

    /// <summary>Shown while off_manifold is still being computed in the background.</summary>
    public const string Pending = "…";

    /// <summary>The columns the screen shows, in order (<see cref="StepColumn.ShortName"/> as headers).</summary>
    public static IReadOnlyList<StepColumn> Columns => StepColumns.Table;

    /// <summary>The position of a column on screen, by its JSON/CSV key.</summary>
    public static int IndexOf(string key)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Key == key)
            {
                return i;
            }
        }

        throw new ArgumentException($"the step table has no column '{key}'", nameof(key));
    }

    /// <summary>The off_manifold cell: as the run table prints it, or "…" while it is being computed.</summary>
    public static string OffManifoldCell(StepRow row, bool pending) => Cell(StepColumns.OffManifold, row, pending);

    public static StepTableRow Cells(StepRow row, bool pending)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new StepTableRow(
            row.T,
            [.. Columns.Select(column => Cell(column, row, pending))],
            [.. Columns.Select(column => column.Tone(row))],
            row.Step.OnManifold,
            row.Step.Forced);
    }

    /// <summary>Every step of a lane as table rows; <paramref name="offManifold"/> gives what is known at t (null: not yet).</summary>
    public static IReadOnlyList<StepTableRow> Rows(
        SessionSnapshot snapshot, LaneSnapshot lane, Func<int, OffManifoldValue?> offManifold, bool pending) =>
        Rows(snapshot, lane, offManifold, pending, 0, int.MaxValue);

    /// <summary>The rows of steps first+1 .. first+count only: a frame formats what it shows, not the whole lane.</summary>
    public static IReadOnlyList<StepTableRow> Rows(
        SessionSnapshot snapshot, LaneSnapshot lane, Func<int, OffManifoldValue?> offManifold, bool pending, int first, int count)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(lane);
        ArgumentNullException.ThrowIfNull(offManifold);
        var end = (int)Math.Min(lane.Steps.Count, (long)first + count);
        var rows = new List<StepTableRow>(Math.Max(0, end - first));
        for (var i = Math.Max(0, first); i < end; i++)
        {
            var step = lane.Steps[i];
            rows.Add(Cells(Shown(StepRow.From(snapshot, step, offManifold(step.T), lane.Name), snapshot, lane.Name), pending));
        }

        return rows;
    }

    /// <summary>The row with its token as the screen shows it (escaped); the outputs keep the token's text.</summary>
    private static StepRow Shown(StepRow row, SessionSnapshot snapshot, string lane) =>
        row with { Token = TokenDisplay.Of(snapshot, lane, row.Step.Token) };

    /// <summary>
    /// Column widths for the rows and the headers (the screen shows <see cref="StepColumn.ShortName"/>
    /// at every size): at least the typical cell, and the t column as wide as the lane's last t
    /// (<paramref name="lastT"/>), so a row that is not formatted yet (the step to come) still fits.
    /// </summary>
    public static IReadOnlyList<int> Widths(IReadOnlyList<StepTableRow> rows, int lastT)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return
        [
            .. Columns.Select((column, i) => Math.Max(
                Math.Max(TextCells.Width(column.ShortName), ReferenceEquals(column, StepColumns.T) ? TextCells.Width(lastT.ToString(CultureInfo.InvariantCulture)) : column.TypicalWidth),
                rows.Count == 0 ? 0 : rows.Max(r => TextCells.Width(r.Cells[i])))),
        ];
    }

    private static string Cell(StepColumn column, StepRow row, bool pending) =>
        column.ComputedLater && pending && column.Value(row).IsAbsent ? Pending : column.FormatOnScreen(row);
}
