using System.Globalization;
using ArDivergence.Core.Debugging;
using ArDivergence.Core.Metrics;
using ArDivergence.Tui.Output;

namespace ArDivergence.Tui.Presentation;

/// <summary>
/// One column of the step table: its full name (as `ardiv run` prints it), the name the screen shows at
/// every size, right-aligned or not, and the width of a typical cell (so columns line up the same way
/// in every lane, whatever the visible rows hold).
/// </summary>
public sealed record StepTableColumn(string Name, string ShortName, bool RightAligned, int TypicalWidth = 0);

/// <summary>One step of the focused lane, as text cells in <see cref="StepTable.Columns"/> order.</summary>
public sealed record StepTableRow(int T, IReadOnlyList<string> Cells, bool OnManifold, bool Forced);

/// <summary>
/// The per-step table of one lane, formatted exactly as `ardiv run --format table` formats it (the same
/// <see cref="Units"/> calls and <see cref="RunReport.OffManifoldText"/>), except that a forced token is
/// marked "↳token" rather than "token (forced)".
/// </summary>
public static class StepTable
{
    public const string ForcedMark = "↳";
    public const string ValidMark = "✓";
    public const string InvalidMark = "✗";

    /// <summary>Shown while off_manifold is still being computed in the background.</summary>
    public const string Pending = "…";

    // Typical cell widths: "0.6340", "10.9G", "36.0KiB".
    private const int ProbabilityWidth = 6;
    private const int FlopsWidth = 5;
    private const int BytesWidth = 7;

    public static IReadOnlyList<StepTableColumn> Columns { get; } =
    [
        new("t", "t", true),
        new("token", "token", false),
        new("p", "p", true, ProbabilityWidth),
        new("valid", ValidMark, false),
        new("token_error", "tok_err", true, ProbabilityWidth),
        new("path_off", "path_off", true, ProbabilityWidth),
        new("off_manifold", "off_man", true, ProbabilityWidth),
        new("lecun_naive", "lecun", true, ProbabilityWidth),
        new("computed", "comp", true, FlopsWidth),
        new("recomputed", "recomp", true, FlopsWidth),
        new("reused", "reused", true, FlopsWidth),
        new("kv_cache", "kv", true, BytesWidth),
    ];

    /// <summary>The off_manifold cell: <see cref="RunReport.OffManifoldText"/>, or "…" while it is being computed.</summary>
    public static string OffManifoldCell(StepRow row, bool pending)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.OffManifold is null && pending ? Pending : RunReport.OffManifoldText(row);
    }

    public static StepTableRow Cells(StepRow row, bool pending)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new StepTableRow(
            row.T,
            [
                row.T.ToString(CultureInfo.InvariantCulture),
                (row.Forced ? ForcedMark : "") + row.Token,
                Units.Probability(row.TokenProbability),
                row.OnManifold ? ValidMark : InvalidMark,
                Units.Probability(row.TokenError),
                Units.Probability(row.PathOff),
                OffManifoldCell(row, pending),
                Units.Probability(row.LecunNaive),
                Units.Flops(row.FlopsComputed),
                Units.Flops(row.FlopsRecomputed),
                Units.Flops(row.FlopsReused),
                Units.Bytes(row.KvCacheBytes),
            ],
            row.OnManifold,
            row.Forced);
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
            rows.Add(Cells(StepRow.From(snapshot, step, offManifold(step.T)), pending));
        }

        return rows;
    }

    /// <summary>
    /// Column widths for the rows and the headers (the screen shows <see cref="StepTableColumn.ShortName"/>
    /// at every size): at least the typical cell, and the t column as wide as the lane's last t
    /// (<paramref name="lastT"/>), so a row that is not formatted yet (the step to come) still fits.
    /// </summary>
    public static IReadOnlyList<int> Widths(IReadOnlyList<StepTableRow> rows, int lastT)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return
        [
            .. Columns.Select((column, i) => Math.Max(
                Math.Max(TextCells.Width(column.ShortName), i == 0 ? TextCells.Width(lastT.ToString(CultureInfo.InvariantCulture)) : column.TypicalWidth),
                rows.Count == 0 ? 0 : rows.Max(r => TextCells.Width(r.Cells[i])))),
        ];
    }
}
