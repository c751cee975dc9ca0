using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.Rendering;

/// <summary>
/// Each lane's compute to its t: a bar of computed, recomputed and reused work, and the totals. A speculative
/// lane also shows its draft's and its target's part (rejected drafts as their discarded work), its mean
/// acceptance and its tokens per target pass.
/// </summary>
internal sealed class ComputePane : IPane
{
    private const string DraftLabel = "├ draft";
    private const string TargetLabel = "└ target";

    private static readonly int[] Widths = [5, 6, 6, 5, 7, 5];

    public static ComputePane Instance { get; } = new();

    public void Render(ScreenModel model, ICanvas canvas)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(canvas);
        var hint = model.PageHint;
        var snapshot = model.Snapshot;
        canvas.TitleRow(0, "Compute · totals to each lane's t", hint);
        var rows = ComputeBars.Rows(snapshot);
        var speculation = snapshot.Lanes.Select(l => SpeculationWork.Of(snapshot, l)).ToArray();
        string[] partLabels = speculation.Any(s => s is not null) ? [DraftLabel, TargetLabel] : [];
        var labels = rows.Select(r => r.Lane).Concat(partLabels);
        var layout = new RowLayout(canvas.Width, Math.Clamp(labels.Max(TextCells.Width), 4, 16));

        var x = layout.NumbersAt;
        var headers = ComputeBars.Headers;
        for (var i = 0; i < headers.Count; i++)
        {
            canvas.Write(x, 1, TextCells.PadLeft(headers[i], Widths[i]), Role.Header);
            x += Widths[i] + 1;
        }

        var y = 2;
        for (var r = 0; r < rows.Count && y < canvas.Height; r++)
        {
            var row = rows[r];
            string[] cells =
            [
                Units.Flops(row.Computed),
                Units.Flops(row.Recomputed),
                Units.Flops(row.Reused),
                Units.Flops(row.Discarded),
                Units.Bytes(row.PeakKvCacheBytes),
                row.RatioToCheapest is double ratio ? Units.Ratio(ratio) : "-",
            ];
            y = DrawRow(canvas, layout, y, (row.Lane, LaneRoles.Of(r)), ComputeBars.Bar(row, rows, layout.BarWidth), cells);
            if (speculation[r] is { } work)
            {
                y = DrawPart(canvas, layout, y, DraftLabel, work.Draft, rows);
                y = DrawPart(canvas, layout, y, TargetLabel, work.Target, rows);
                if (y < canvas.Height)
                {
                    canvas.Write(3, y++, TextCells.Fit(work.SummaryText(canvas.Width - 4), canvas.Width - 4), Role.Dim);
                }
            }
        }

        if (y < canvas.Height)
        {
            var legend = canvas.Put(1, y, $"{ComputeBars.Fresh} computed ", Role.BarFresh);
            legend = canvas.Put(legend, y, $"{ComputeBars.Recomputed} recomputed ", Role.BarRecomputed);
            canvas.Write(legend, y, $"{ComputeBars.Reused} reused", Role.BarReused);
        }
    }

    /// <summary>One model's part of a lane, on the lanes' scale; it has no cache peak or ratio of its own.</summary>
    private static int DrawPart(ICanvas canvas, RowLayout layout, int y, string label, ComputePart part, IReadOnlyList<ComputeRow> rows)
    {
        var asRow = new ComputeRow(part.Label, 0, part.Computed, part.Recomputed, part.Reused, part.Discarded, 0, null);
        string[] cells = [Units.Flops(part.Computed), Units.Flops(part.Recomputed), Units.Flops(part.Reused), Units.Flops(part.Discarded)];
        return DrawRow(canvas, layout, y, (label, Role.Dim), ComputeBars.Bar(asRow, rows, layout.BarWidth), cells);
    }

    /// <summary>A label and its bar, then its numbers on the same line where they fit beside it, else on the next; the row after it.</summary>
    private static int DrawRow(ICanvas canvas, RowLayout layout, int y, (string Text, Role Role) label, string bar, string[] cells)
    {
        canvas.Write(1, y, TextCells.PadRight(label.Text, layout.NameWidth), label.Role);
        var x = layout.NameWidth + 2;
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

        if (!layout.OneLine)
        {
            y++;
        }

        x = layout.NumbersAt;
        for (var i = 0; i < cells.Length && y < canvas.Height; i++)
        {
            canvas.Write(x, y, TextCells.PadLeft(cells[i], Widths[i]), i == Widths.Length - 1 ? Role.KeyName : Role.Normal);
            x += Widths[i] + 1;
        }

        return y + 1;
    }

    /// <summary>Where the label, bar and numbers go at a width: numbers beside the bar when at least 10 cells of bar remain.</summary>
    private sealed record RowLayout
    {
        public RowLayout(int width, int nameWidth)
        {
            NameWidth = nameWidth;
            var numbersWidth = Widths.Sum() + Widths.Length;
            OneLine = width - 3 - nameWidth - numbersWidth >= 10;
            BarWidth = OneLine ? width - 3 - nameWidth - numbersWidth : width - 3 - nameWidth;
            NumbersAt = OneLine ? width - numbersWidth : Math.Max(1, width - numbersWidth);
        }

        public int NameWidth { get; }

        public bool OneLine { get; }

        public int BarWidth { get; }

        public int NumbersAt { get; }
    }
}
