using System.Globalization;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Specs;
using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Presentation.Columns;

namespace ArDivergence.Tui.Views.Rendering;

/// <summary>The panes under the lanes: the step table, the distribution at the cursor, the chart, the compute bars.</summary>
internal static class PanesPainter
{
    private const int Gutter = 2;

    public static void DrawSteps(ICanvas canvas, DebuggerController controller, string? hint)
    {
        var snapshot = controller.Snapshot;
        var lane = controller.Focused;
        var laneIndex = controller.FocusedLane;
        canvas.TitleRow(0, $"Steps · {lane.Name} ({lane.Kind.ToName()})", hint);
        if (lane.T == 0)
        {
            DrawWelcome(canvas.Region(new Area(1, 1, canvas.Width - 2, canvas.Height - 1)), controller);
            return;
        }

        // Only the rows on screen are formatted (and measured): the cost of a frame does not grow with t.
        var hasNext = lane.T < lane.Length;
        var total = lane.Steps.Count + (hasNext ? 1 : 0);
        var height = canvas.Height - 2;
        var cursorIndex = controller.CursorT - 1;
        var first = Math.Clamp(cursorIndex - height + 2, 0, Math.Max(0, total - height));
        var rows = StepTable.Rows(snapshot, lane, t => controller.OffManifold(laneIndex, t), controller.OffManifoldPending(laneIndex), first, height);
        var widths = StepTable.Widths(rows, lane.Length);
        var columns = VisibleColumns(widths, canvas.Width - Gutter, controller.ColumnScroll, out var maxScroll, out var hiddenLeft, out var hiddenRight);
        controller.LimitColumnScroll(maxScroll);

        var x = Gutter;
        foreach (var c in columns)
        {
            var column = StepTable.Columns[c];
            var name = column.ShortName;
            canvas.Write(x, 1, column.RightAligned ? TextCells.PadLeft(name, widths[c]) : TextCells.PadRight(name, widths[c]), Role.Header);
            x += widths[c] + 1;
            if (c == 1 && hiddenLeft)
            {
                canvas.Write(x - 1, 1, "‹", Role.KeyName);
            }
        }

        if (hiddenRight)
        {
            canvas.Write(canvas.Width - 1, 1, "›", Role.KeyName);
        }

        var breakpoints = snapshot.Breakpoints
            .Where(b => b.Kind == BreakpointKind.Position && (b.Lane is null || b.Lane == lane.Name) && b.Value is not null)
            .Select(b => (int)b.Value!.Value)
            .ToHashSet();
        for (var i = 0; i < height && first + i < total; i++)
        {
            var index = first + i;
            var y = 2 + i;
            var t = index + 1;
            var isCursor = t == controller.CursorT;
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

    public static void DrawTopK(ICanvas canvas, DebuggerController controller, string? hint)
    {
        var snapshot = controller.Snapshot;
        var lane = controller.Focused;
        var t = controller.CursorT;
        var body = canvas.Region(new Area(1, 1, canvas.Width - 2, canvas.Height - 1));
        if (controller.TopKAllLanes && TopKPainter.TryDrawAllLanes(body, controller))
        {
            canvas.TitleRow(0, $"Top-{snapshot.Scenario.TopK} · all lanes · t = {t}", hint ?? "a: one lane · f forces");
            return;
        }

        canvas.TitleRow(0, $"Top-{snapshot.Scenario.TopK} · {lane.Name} · t = {t}", hint ?? (controller.TopKAllLanes ? "f forces" : "a: all lanes · f forces"));
        if (t > lane.T)
        {
            var text = $"t = {t} is the step to come: its distribution appears once it is generated (n). f forces any token here.";
            foreach (var (line, i) in TextCells.Wrap(text, body.Width).Select((l, i) => (l, i)))
            {
                body.Write(0, i, line, Role.Dim);
            }

            return;
        }

        var step = lane.Steps[t - 1];
        var rows = Distribution.Rows(snapshot, step);
        var x = body.Put(0, 0, "emitted ", Role.Dim);
        x = body.Put(x, 0, (step.Forced ? StepTable.ForcedMark : "") + snapshot.TokenText(step.Token), step.Forced ? Role.Forced : Role.Normal);
        x = body.Put(x + 1, 0, step.OnManifold ? StepTable.ValidMark : StepTable.InvalidMark, step.OnManifold ? Role.Valid : Role.Invalid);
        x = body.Put(x + 1, 0, "p " + Units.Probability(step.TokenProbability), Role.Normal);
        body.Write(x + 2, 0, "tok_err " + Units.Probability(step.TokenError), Role.Dim);

        var tokenWidth = Math.Clamp(rows.Count == 0 ? 4 : rows.Max(r => TextCells.Width(r.Token)), 4, 16);
        var barWidth = Math.Clamp(body.Width - tokenWidth - 25, 3, 40);
        for (var i = 0; i < rows.Count && i + 1 < body.Height; i++)
        {
            var row = rows[i];
            var (mark, bar, probability) = Distribution.Parts(row, barWidth);
            var y = i + 1;
            x = body.Put(0, y, TextCells.PadRight(row.Token, tokenWidth), Role.Normal);
            x = body.Put(x + 1, y, mark, row.Valid ? Role.Valid : Role.Invalid);
            body.Write(x + 1, y, bar, row.Valid ? Role.Valid : Role.Invalid);
            x = body.Put(x + 2 + barWidth, y, TextCells.PadLeft(probability, 9), Role.Normal);
            if (row.Emitted)
            {
                body.Write(x + 1, y, step.Forced ? "◀ forced" : "◀ emitted", Role.KeyName);
            }
        }

        if (rows.All(r => !r.Emitted) && rows.Count + 1 < body.Height)
        {
            body.Write(0, rows.Count + 1, $"the emitted token is not in the top-{rows.Count}", Role.Dim);
        }
    }

    public static void DrawChart(ICanvas canvas, DebuggerController controller, string? hint)
    {
        var snapshot = controller.Snapshot;
        var focused = controller.FocusedLane;
        canvas.TitleRow(0, "off_manifold vs t", hint ?? $"{OffManifoldChart.Glyph(0, false)} off_man · {OffManifoldChart.Glyph(focused, true)} lecun of {controller.Focused.Name}");
        const int labelWidth = 6;
        var plotHeight = canvas.Height - 3;
        var plotWidth = canvas.Width - labelWidth - 1;
        if (plotHeight < 3 || plotWidth < 8)
        {
            canvas.Write(1, 1, "too small for the chart", Role.Dim);
            return;
        }

        var lanes = snapshot.Lanes.Select((lane, i) =>
        {
            var off = new double?[snapshot.Length + 1];
            var naive = new double?[snapshot.Length + 1];
            for (var t = 1; t <= snapshot.Length; t++)
            {
                off[t] = controller.OffManifold(i, t)?.Value;
            }

            foreach (var step in lane.Steps)
            {
                naive[step.T] = step.LecunNaive;
            }

            return new ChartLane(lane.Name, off, naive);
        }).ToArray();
        var plot = OffManifoldChart.Plot(lanes, snapshot.Length, plotWidth, plotHeight, controller.Focused.T, focused);
        for (var row = 0; row < plotHeight; row++)
        {
            canvas.Write(labelWidth - 1, 1 + row, "│", Role.Border);
            if (plot.MarkerColumn is int marker)
            {
                canvas.Write(labelWidth + marker, 1 + row, "┊", Role.Dim);
            }
        }

        foreach (var tick in plot.YTicks())
        {
            canvas.Write(0, 1 + tick.Row, TextCells.PadLeft(tick.Label, labelWidth - 1), Role.Dim);
        }

        foreach (var point in plot.Points)
        {
            canvas.Write(labelWidth + point.Column, 1 + point.Row, OffManifoldChart.Glyph(point.Lane, point.Naive), LaneRole(point.Lane));
        }

        var axis = 1 + plotHeight;
        canvas.Write(labelWidth - 1, axis, "└" + OffManifoldChart.Axis(plotWidth, snapshot.Length, plot.MarkerColumn, controller.Focused.T), Role.Border);

        var x = 1;
        for (var i = 0; i < lanes.Length; i++)
        {
            var under = plot.SameAs[i] is int j ? $" = {lanes[j].Name}" : "";
            x = canvas.Put(x, axis + 1, OffManifoldChart.Glyph(i, false), LaneRole(i));
            x = canvas.Put(x + 1, axis + 1, lanes[i].Name + under, LaneRole(i)) + 2;
        }

        // The focused lane's name goes where it fits (the glyph's shape says which lane it is anyway).
        var same = plot.NaiveSameAsOffManifold ? " = off_man" : "";
        var naiveNote = $"{OffManifoldChart.Glyph(focused, true)} lecun of {lanes[focused].Name}{same}";
        if (x + TextCells.Width(naiveNote) > canvas.Width)
        {
            naiveNote = $"{OffManifoldChart.Glyph(focused, true)} lecun{same}";
        }

        x = canvas.Put(x, axis + 1, naiveNote, LaneRole(focused)) + 2;
        if (controller.Curves.AnyPending)
        {
            canvas.Write(x, axis + 1, "(computing…)", Role.Dim);
        }
    }

    public static void DrawCompute(ICanvas canvas, DebuggerController controller, string? hint)
    {
        var snapshot = controller.Snapshot;
        canvas.TitleRow(0, "Compute · totals to each lane's t", hint);
        var rows = ComputeBars.Rows(snapshot);
        var nameWidth = Math.Clamp(rows.Max(r => TextCells.Width(r.Lane)), 4, 16);
        var headers = ComputeBars.Headers;
        int[] widths = [6, 6, 6, 7, 6];
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
            canvas.Write(1, y, TextCells.PadRight(row.Lane, nameWidth), LaneRole(r));
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
                Units.Bytes(row.PeakKvCacheBytes),
                row.RatioToCheapest is double ratio ? Units.Ratio(ratio) : "-",
            ];
            x = numbersAt;
            for (var i = 0; i < cells.Length && y < canvas.Height; i++)
            {
                canvas.Write(x, y, TextCells.PadLeft(cells[i], widths[i]), i == 4 ? Role.KeyName : Role.Normal);
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

    public static Role LaneRole(int lane) => (Role)((int)Role.Lane0 + (lane % 6));

    private static void DrawWelcome(ICanvas canvas, DebuggerController controller)
    {
        var spec = controller.Snapshot.Scenario.Spec;
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

    /// <summary>Columns t and token always; the others from <paramref name="scroll"/> on, as many as fit.</summary>
    private static List<int> VisibleColumns(IReadOnlyList<int> widths, int width, int scroll, out int maxScroll, out bool hiddenLeft, out bool hiddenRight)
    {
        var columns = new List<int> { 0, 1 };
        var used = widths[0] + 1 + widths[1] + 1;
        maxScroll = 0;
        while (2 + maxScroll < widths.Count && used + widths.Skip(2 + maxScroll).Sum(w => w + 1) - 1 > width)
        {
            maxScroll++;
        }

        scroll = Math.Clamp(scroll, 0, Math.Max(0, maxScroll));
        hiddenLeft = scroll > 0;
        hiddenRight = false;
        for (var c = 2 + scroll; c < widths.Count; c++)
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
