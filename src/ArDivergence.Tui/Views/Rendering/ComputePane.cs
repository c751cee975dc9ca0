using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.Rendering;

/// <summary>Each lane's compute to its t: a bar of computed, recomputed and reused work, and the totals.</summary>
internal sealed class ComputePane : IPane
{
    public static ComputePane Instance { get; } = new();

    public void Render(ScreenModel model, ICanvas canvas)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(canvas);
        var hint = model.PageHint;
        var snapshot = model.Snapshot;
        canvas.TitleRow(0, "Compute · totals to each lane's t", hint);
        var rows = ComputeBars.Rows(snapshot);
        var nameWidth = Math.Clamp(rows.Max(r => TextCells.Width(r.Lane)), 4, 16);
        var headers = ComputeBars.Headers;
        int[] widths = [5, 6, 6, 5, 7, 5];
        var numbersWidth = widths.Sum() + widths.Length;
        var oneLine = canvas.Width - 3 - nameWidth - numbersWidth >= 10;
        var barWidth = oneLine ? canvas.Width - 3 - nameWidth - numbersWidth : canvas.Width - 3 - nameWidth;
        var numbersAt = oneLine ? canvas.Width - numbersWidth : Math.Max(1, canvas.Width - numbersWidth);

        var y = 1;
        var x = numbersAt;
        for (var i = 0; i < headers.Count; i++)
        {
            canvas.Write(x, y, TextCells.PadLeft(headers[i], widths[i]), Role.Header);
            x += widths[i] + 1;
        }

        y++;
        for (var r = 0; r < rows.Count && y < canvas.Height; r++)
        {
            var row = rows[r];
            canvas.Write(1, y, TextCells.PadRight(row.Lane, nameWidth), LaneRoles.Of(r));
            var bar = ComputeBars.Bar(row, rows, barWidth);
            x = nameWidth + 2;
            foreach (var part in bar.GroupBy(c => c))
            {
                var role = part.Key switch
                {
                    ComputeBars.Fresh => Role.BarFresh,
                    ComputeBars.Recomputed => Role.BarRecomputed,
                    _ => Role.BarReused,
                };
                x = canvas.Put(x, y, new string(part.Key, part.Count()), role);
            }

            if (!oneLine)
            {
                y++;
            }

            string[] cells =
            [
                Units.Flops(row.Computed),
                Units.Flops(row.Recomputed),
                Units.Flops(row.Reused),
                Units.Flops(row.Discarded),
                Units.Bytes(row.PeakKvCacheBytes),
                row.RatioToCheapest is double ratio ? Units.Ratio(ratio) : "-",
            ];
            x = numbersAt;
            for (var i = 0; i < cells.Length && y < canvas.Height; i++)
            {
                canvas.Write(x, y, TextCells.PadLeft(cells[i], widths[i]), i == cells.Length - 1 ? Role.KeyName : Role.Normal);
                x += widths[i] + 1;
            }

            y++;
        }

        if (y < canvas.Height)
        {
            var legend = canvas.Put(1, y, $"{ComputeBars.Fresh} computed ", Role.BarFresh);
            legend = canvas.Put(legend, y, $"{ComputeBars.Recomputed} recomputed ", Role.BarRecomputed);
            canvas.Write(legend, y, $"{ComputeBars.Reused} reused", Role.BarReused);
        }
    }
}
