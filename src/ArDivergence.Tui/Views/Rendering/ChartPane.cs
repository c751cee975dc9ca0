using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.Rendering;

/// <summary>off_manifold against t for every lane, with the focused lane's LeCun estimate; headless verbs can render it too.</summary>
internal sealed class ChartPane : IPane
{
    public static ChartPane Instance { get; } = new();

    public void Render(ScreenModel model, ICanvas canvas)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(canvas);
        var hint = model.PageHint;
        var snapshot = model.Snapshot;
        var focused = model.FocusedLane;
        canvas.TitleRow(0, "off_manifold vs t", hint ?? $"{OffManifoldChart.Glyph(0, false)} off_man · {OffManifoldChart.Glyph(focused, true)} lecun of {model.Focused.Name}");
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
                off[t] = model.OffManifold(i, t)?.Value;
            }

            foreach (var step in lane.Steps)
            {
                naive[step.T] = step.LecunNaive;
            }

            return new ChartLane(lane.Name, off, naive);
        }).ToArray();
        var plot = OffManifoldChart.Plot(lanes, snapshot.Length, plotWidth, plotHeight, model.Focused.T, focused);
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
            canvas.Write(labelWidth + point.Column, 1 + point.Row, OffManifoldChart.Glyph(point.Lane, point.Naive), LaneRoles.Of(point.Lane));
        }

        var axis = 1 + plotHeight;
        canvas.Write(labelWidth - 1, axis, "└" + OffManifoldChart.Axis(plotWidth, snapshot.Length, plot.MarkerColumn, model.Focused.T), Role.Border);

        var x = 1;
        for (var i = 0; i < lanes.Length; i++)
        {
            var under = plot.SameAs[i] is int j ? $" = {lanes[j].Name}" : "";
            x = canvas.Put(x, axis + 1, OffManifoldChart.Glyph(i, false), LaneRoles.Of(i));
            x = canvas.Put(x + 1, axis + 1, lanes[i].Name + under, LaneRoles.Of(i)) + 2;
        }

        // The focused lane's name goes where it fits (the glyph's shape says which lane it is anyway).
        var same = plot.NaiveSameAsOffManifold ? " = off_man" : "";
        var naiveNote = $"{OffManifoldChart.Glyph(focused, true)} lecun of {lanes[focused].Name}{same}";
        if (x + TextCells.Width(naiveNote) > canvas.Width)
        {
            naiveNote = $"{OffManifoldChart.Glyph(focused, true)} lecun{same}";
        }

        x = canvas.Put(x, axis + 1, naiveNote, LaneRoles.Of(focused)) + 2;
        if (model.Curves.AnyPending)
        {
            canvas.Write(x, axis + 1, "(computing…)", Role.Dim);
        }
    }
}
