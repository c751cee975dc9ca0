using System.Globalization;
using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.Rendering;

/// <summary>The top-k pane with every lane side by side at the cursor's t (so lanes' next-token distributions compare at a glance).</summary>
internal static class TopKLanesGrid
{
    /// <summary>Draws every lane's top-k in columns; false (nothing drawn) when they do not fit.</summary>
    public static bool TryDraw(ICanvas body, ScreenModel model)
    {
        var snapshot = model.Snapshot;
        var t = model.CursorT;
        var lanes = snapshot.Lanes;
        var rows = lanes.Select(lane => t <= lane.T ? Distribution.Rows(snapshot, lane.Name, lane.Steps[t - 1]) : []).ToArray();
        var all = rows.SelectMany(r => r).ToArray();
        var tokenWidth = Math.Clamp(all.Length == 0 ? 1 : all.Max(r => TextCells.Width(r.Shown)), 1, 12);
        var probabilityWidth = Math.Max(6, all.Length == 0 ? 0 : all.Max(r => TextCells.Width(Units.Probability(r.Probability))));
        if (TopKGrid.ColumnWidth(body.Width, lanes.Count, tokenWidth, probabilityWidth) is not int width)
        {
            return false;
        }

        var barWidth = TopKGrid.BarWidth(width, tokenWidth, probabilityWidth);
        for (var i = 0; i < lanes.Count; i++)
        {
            var x = i * (width + 1);
            if (i > 0)
            {
                for (var row = 0; row < body.Height; row++)
                {
                    body.Write(x - 1, row, "│", Role.Border);
                }
            }

            DrawLane(body.Region(new Area(x, 0, i == lanes.Count - 1 ? body.Width - x : width, body.Height)), model, i, rows[i], (tokenWidth, barWidth, probabilityWidth));
        }

        return true;
    }

    private static void DrawLane(ICanvas canvas, ScreenModel model, int index, IReadOnlyList<TopKRow> rows, (int Token, int Bar, int Probability) widths)
    {
        var (tokenWidth, barWidth, probabilityWidth) = widths;
        var lane = model.Snapshot.Lanes[index];
        var focused = index == model.FocusedLane;
        canvas.Write(0, 0, TextCells.Fit((focused ? "▶ " : "  ") + lane.Name, canvas.Width), focused ? Role.Focus : LaneRoles.Of(index));
        var t = model.CursorT;
        if (t > lane.T)
        {
            foreach (var (line, i) in TextCells.Wrap($"t = {t.ToString(CultureInfo.InvariantCulture)} is to come", canvas.Width).Select((l, i) => (l, i)))
            {
                canvas.Write(0, 1 + i, line, Role.Dim);
            }

            return;
        }

        var step = lane.Steps[t - 1];
        for (var i = 0; i < rows.Count && i + 1 < canvas.Height; i++)
        {
            var row = rows[i];
            var (mark, bar, probability) = Distribution.Parts(row, barWidth);
            var y = i + 1;
            var x = canvas.Put(0, y, TextCells.PadRight(row.Shown, tokenWidth), row.Emitted ? Role.Selected : Role.Normal);
            x = canvas.Put(x + 1, y, mark, row.Valid ? Role.Valid : Role.Invalid);
            if (barWidth > 0)
            {
                canvas.Write(x + 1, y, bar, row.Valid ? Role.Valid : Role.Invalid);
                x += 1 + barWidth;
            }

            x = canvas.Put(x + 1, y, TextCells.PadLeft(probability, probabilityWidth), Role.Normal);

            // The emitted token is in reverse video; the arrow says so too where there is room.
            if (row.Emitted && canvas.Width - x >= 2)
            {
                canvas.Write(x + 1, y, "◀", Role.KeyName);
            }
        }

        var next = rows.Count + 1;
        if (rows.All(r => !r.Emitted) && next < canvas.Height)
        {
            var emitted = (step.Forced ? StepTable.ForcedMark : "") + TokenDisplay.Of(model.Snapshot, lane.Name, step.Token);
            canvas.Write(0, next++, TextCells.Fit($"emitted {emitted} {(step.OnManifold ? StepTable.ValidMark : StepTable.InvalidMark)}", canvas.Width), Role.Dim);
        }

        if (LanesPane.DecodeShort(step) is { } decode && next < canvas.Height)
        {
            // A real model's step: the wall time of its decodes.
            canvas.Write(0, next, TextCells.Fit(decode, canvas.Width), Role.Dim);
        }
    }
}
