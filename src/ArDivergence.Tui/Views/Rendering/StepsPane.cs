using System.Globalization;
using ArDivergence.Core.Generators;
using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Presentation.Columns;

namespace ArDivergence.Tui.Views.Rendering;

/// <summary>The focused lane's step table around the cursor (or, before the first step, what the scenario is about).</summary>
internal sealed class StepsPane : IPane
{
    private const int Gutter = 2;

    public static StepsPane Instance { get; } = new();

    /// <summary>
    /// The rows and columns a pane of this size shows for the model's cursor and scroll. Only the rows on
    /// screen are formatted (and measured): the cost of a frame does not grow with t.
    /// </summary>
    public static StepWindow Window(ScreenModel model, int paneWidth, int paneHeight)
    {
        ArgumentNullException.ThrowIfNull(model);
        var lane = model.Focused;
        var laneIndex = model.FocusedLane;
        var hasNext = lane.T < lane.Length;
        var total = lane.Steps.Count + (hasNext ? 1 : 0);
        var height = paneHeight - 2;
        var cursorIndex = model.CursorT - 1;
        var first = Math.Clamp(cursorIndex - height + 2, 0, Math.Max(0, total - height));
        var rows = StepTable.Rows(model.Snapshot, lane, t => model.OffManifold(laneIndex, t), model.OffManifoldPending(laneIndex), first, height);
        var widths = StepTable.Widths(rows, lane.Length);
        var columns = VisibleColumns(widths, Unused(rows), paneWidth - Gutter, model.ColumnScroll, out var maxScroll, out var hiddenLeft, out var hiddenRight);
        return new StepWindow(first, total, rows, widths, columns, maxScroll, hiddenLeft, hiddenRight);
    }

    public void Render(ScreenModel model, ICanvas canvas)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(canvas);
        var snapshot = model.Snapshot;
        var lane = model.Focused;
        canvas.TitleRow(0, $"Steps · {lane.Name} ({lane.Kind.ToName()})", model.PageHint);
        if (lane.T == 0)
        {
            DrawWelcome(canvas.Region(new Area(1, 1, canvas.Width - 2, canvas.Height - 1)), model);
            return;
        }

        var window = model.Steps ?? Window(model, canvas.Width, canvas.Height);
        var (first, total, rows, widths, columns) = (window.First, window.Total, window.Rows, window.Widths, window.Columns);
        var height = canvas.Height - 2;
        var x = Gutter;
        foreach (var c in columns)
        {
            var column = StepTable.Columns[c];
            var name = column.ShortName;
            canvas.Write(x, 1, column.RightAligned ? TextCells.PadLeft(name, widths[c]) : TextCells.PadRight(name, widths[c]), Role.Header);
            x += widths[c] + 1;
            if (c == 1 && window.HiddenLeft)
            {
                canvas.Write(x - 1, 1, "‹", Role.KeyName);
            }
        }

        if (window.HiddenRight)
        {
            canvas.Write(canvas.Width - 1, 1, "›", Role.KeyName);
        }

        var breakpoints = model.PositionBreakpoints(lane.Name);
        for (var i = 0; i < height && first + i < total; i++)
        {
            var index = first + i;
            var y = 2 + i;
            var t = index + 1;
            var isCursor = t == model.CursorT;
            if (isCursor)
            {
                canvas.ClearRow(y, Role.CursorRow, Gutter);
            }

            canvas.Write(0, y, breakpoints.Contains(t) ? "●" : " ", Role.Breakpoint);
            canvas.Write(1, y, isCursor ? "▸" : " ", Role.KeyName);
            if (index == lane.Steps.Count)
            {
                canvas.Write(Gutter, y, TextCells.PadLeft(t.ToString(CultureInfo.InvariantCulture), widths[0]) + " (the step to come)", isCursor ? Role.CursorRow : Role.Dim);
                continue;
            }

            var row = rows[index - first];
            x = Gutter;
            foreach (var c in columns)
            {
                var column = StepTable.Columns[c];
                var cell = column.RightAligned ? TextCells.PadLeft(row.Cells[c], widths[c]) : TextCells.PadRight(row.Cells[c], widths[c]);
                var role = isCursor ? Role.CursorRow : row.Tones[c] switch
                {
                    CellTone.Valid => Role.Valid,
                    CellTone.Invalid => Role.Invalid,
                    CellTone.Forced => Role.Forced,
                    _ => Role.Normal,
                };
                canvas.Write(x, y, cell, role);
                x += widths[c] + 1;
            }
        }
    }

    private static void DrawWelcome(ICanvas canvas, ScreenModel model)
    {
        var spec = model.Snapshot.Scenario.Spec;
        var lines = new List<(string, Role)>();
        lines.AddRange(TextCells.Wrap(spec.Title ?? spec.Name, canvas.Width).Select(l => (l, Role.Header)));
        lines.AddRange(TextCells.Wrap(spec.Description, canvas.Width).Select(l => (l, Role.Normal)));
        var footer = TextCells.Wrap("n or F10 steps every lane · c continues to a breakpoint · o opens another scenario · ? lists every key", canvas.Width);
        var room = canvas.Height - footer.Count - 1;
        for (var i = 0; i < lines.Count && i < room; i++)
        {
            canvas.Write(0, i, lines[i].Item1, lines[i].Item2);
        }

        if (lines.Count > room && room > 0)
        {
            canvas.ClearRow(room - 1);
            canvas.Write(0, room - 1, "… i shows the whole description", Role.Dim);
        }

        for (var i = 0; i < footer.Count; i++)
        {
            canvas.Write(0, canvas.Height - footer.Count + i, footer[i], Role.KeyName);
        }
    }

    /// <summary>The columns of one lane kind (<see cref="StepColumn.OnlySomeLanes"/>) that none of these rows fills.</summary>
    private static HashSet<int> Unused(IReadOnlyList<StepTableRow> rows) =>
    [
        .. Enumerable.Range(0, StepTable.Columns.Count)
            .Where(c => StepTable.Columns[c].OnlySomeLanes && rows.All(r => r.Cells[c] == ColumnText.Absent)),
    ];

    /// <summary>Columns t and token always; the others (but <paramref name="unused"/>) from <paramref name="scroll"/> on, as many as fit.</summary>
    private static List<int> VisibleColumns(
        IReadOnlyList<int> widths, HashSet<int> unused, int width, int scroll, out int maxScroll, out bool hiddenLeft, out bool hiddenRight)
    {
        var columns = new List<int> { 0, 1 };
        var used = widths[0] + 1 + widths[1] + 1;
        var rest = Enumerable.Range(2, widths.Count - 2).Where(c => !unused.Contains(c)).ToArray();
        maxScroll = 0;
        while (maxScroll < rest.Length && used + rest.Skip(maxScroll).Sum(c => widths[c] + 1) - 1 > width)
        {
            maxScroll++;
        }

        scroll = Math.Clamp(scroll, 0, Math.Max(0, maxScroll));
        hiddenLeft = scroll > 0;
        hiddenRight = false;
        foreach (var c in rest.Skip(scroll))
        {
            if (used + widths[c] > width)
            {
                hiddenRight = true;
                break;
            }

            columns.Add(c);
            used += widths[c] + 1;
        }

        return columns;
    }
}
