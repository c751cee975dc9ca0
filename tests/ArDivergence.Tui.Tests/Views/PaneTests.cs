using ArDivergence.Core.Debugging;
using ArDivergence.Core.Specs;
using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Views;
using ArDivergence.Tui.Views.Rendering;

namespace ArDivergence.Tui.Tests.Views;

/// <summary>
/// Each pane rendered from a hand-built <see cref="ScreenModel"/> into the plain-text canvas, without
/// Terminal.Gui: what it shows must follow from the model (the snapshot's tokens, the cursor, the modes).
/// </summary>
public class PaneTests
{
    private const string Scenario = "is-ar-doomed";

    [Fact]
    public void Plain_text_canvas_clips_at_its_edges_and_keeps_each_cells_role()
    {
        var canvas = new PlainTextCanvas(6, 2);
        canvas.Write(2, 0, "abcdef", Role.Valid);
        canvas.Write(0, 1, "日本語", Role.Invalid);
        canvas.Write(0, 5, "out of sight", Role.Normal);

        Assert.Equal("  abcd", canvas.Line(0));
        Assert.Equal("日本語", canvas.Line(1));
        Assert.Equal(Role.Valid, canvas.RoleAt(5, 0));
        Assert.Equal(Role.Normal, canvas.RoleAt(1, 0));
        Assert.Equal(Role.Invalid, canvas.RoleAt(5, 1));
    }

    [Fact]
    public void Steps_pane_marks_the_cursor_row_the_breakpoint_and_the_step_to_come()
    {
        var snapshot = Expected.After(Scenario, Steps(5, new AddBreakpointCommand(BreakpointKind.Position, 2)));
        var lane = snapshot.Lanes[1];
        var model = new ScreenModel { Snapshot = snapshot, FocusedLane = 1, CursorT = 3 };
        var canvas = Render(StepsPane.Instance, model, 90, 12);

        Assert.Contains($"Steps · {lane.Name}", canvas.Line(0), StringComparison.Ordinal);
        var rows = Enumerable.Range(2, 10).ToDictionary(y => y, canvas.Line);
        var cursor = Assert.Single(rows, r => r.Value.StartsWith(" ▸", StringComparison.Ordinal));
        Assert.StartsWith(" ▸ 3 ", cursor.Value, StringComparison.Ordinal);
        Assert.Contains(snapshot.TokenText(lane.Steps[2].Token), cursor.Value, StringComparison.Ordinal);
        Assert.Equal(Role.CursorRow, canvas.RoleAt(4, cursor.Key));
        Assert.StartsWith("●  2 ", Assert.Single(rows.Values, r => r.StartsWith('●')), StringComparison.Ordinal);
        Assert.EndsWith("6 (the step to come)", rows.Values.Last(r => r.Length > 0), StringComparison.Ordinal);
    }

    [Fact]
    public void The_column_scroll_is_clamped_before_drawing_and_the_pane_shows_what_is_hidden()
    {
        var snapshot = Expected.After(Scenario, Steps(3));
        var model = ScreenFrame.Build(new ScreenModel { Snapshot = snapshot, CursorT = 3, ColumnScroll = 1_000 }, 60, 24);

        var window = Assert.IsType<StepWindow>(model.Steps);
        Assert.True(window.MaxScroll > 0, "at 60 columns the step table does not fit");
        Assert.Equal(window.MaxScroll, model.ColumnScroll);
        var canvas = new PlainTextCanvas(model.Width, model.Height);
        ScreenPainter.Draw(canvas, model);
        var steps = model.Layout.Panes.Single(p => p.Kind == PaneKind.Steps).Area;
        var header = canvas.Line(steps.Y + 1);
        Assert.Contains('‹', header);
        Assert.DoesNotContain('›', header);
        // The last column shown is the last the lane fills (columns of other lane kinds are left out).
        Assert.Equal(StepTable.Columns.Last(c => !c.OnlySomeLanes).ShortName, header.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]);

        var unscrolled = ScreenFrame.Build(model with { ColumnScroll = 0 }, 60, 24);
        Assert.Equal(0, unscrolled.ColumnScroll);
    }

    [Fact]
    public void Lanes_pane_shows_each_lane_with_its_t_and_tokens_and_marks_the_focused_one()
    {
        var snapshot = Expected.After(Scenario, Steps(4));
        var model = ScreenFrame.Build(new ScreenModel { Snapshot = snapshot, FocusedLane = 2, CursorT = 4 }, 120, 40);
        var canvas = new PlainTextCanvas(model.Layout.Lanes.Width, model.Layout.Lanes.Height);
        LanesPane.Instance.Render(model, canvas);

        var text = canvas.ToString();
        for (var i = 0; i < snapshot.Lanes.Count; i++)
        {
            var lane = snapshot.Lanes[i];
            Assert.Contains((i == 2 ? "▶ " : "  ") + lane.Name, canvas.Line(0), StringComparison.Ordinal);
            Assert.Contains($"t {lane.T}/{lane.Length}", canvas.Line(1), StringComparison.Ordinal);
            Assert.Contains(snapshot.TokenText(lane.Steps[0].Token), text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("▶ " + snapshot.Lanes[0].Name, canvas.Line(0), StringComparison.Ordinal);
    }

    [Fact]
    public void Top_k_pane_shows_the_focused_lanes_emitted_token_or_says_the_step_is_to_come()
    {
        var snapshot = Expected.After(Scenario, Steps(2));
        var lane = snapshot.Lanes[0];
        var one = new ScreenModel { Snapshot = snapshot, TopKAllLanes = false, CursorT = 2 };
        var canvas = Render(TopKPane.Instance, one, 70, 10);
        Assert.Contains($"Top-{snapshot.Scenario.TopK} · {lane.Name} · t = 2", canvas.Line(0), StringComparison.Ordinal);
        Assert.StartsWith(" emitted " + snapshot.TokenText(lane.Steps[1].Token), canvas.Line(1), StringComparison.Ordinal);

        var toCome = Render(TopKPane.Instance, one with { CursorT = 3 }, 70, 10);
        Assert.Contains("t = 3 is the step to come", toCome.ToString(), StringComparison.Ordinal);

        var all = Render(TopKPane.Instance, one with { TopKAllLanes = true }, 118, 10);
        Assert.Contains("all lanes · t = 2", all.Line(0), StringComparison.Ordinal);
        Assert.All(snapshot.Lanes, l => Assert.Contains(l.Name, all.Line(1), StringComparison.Ordinal));
    }

    [Fact]
    public void Chart_pane_names_every_lane_and_the_focused_lanes_estimate()
    {
        var snapshot = Expected.After(Scenario, Steps(6));
        var model = new ScreenModel { Snapshot = snapshot, FocusedLane = 1 };
        var canvas = Render(ChartPane.Instance, model, 80, 14);

        Assert.Contains("off_manifold vs t", canvas.Line(0), StringComparison.Ordinal);
        var legend = canvas.Line(13);
        Assert.All(snapshot.Lanes, l => Assert.Contains(l.Name, legend, StringComparison.Ordinal));
        Assert.Contains(OffManifoldChart.Glyph(1, true) + " lecun", legend, StringComparison.Ordinal);
        Assert.Equal("too small for the chart", Render(ChartPane.Instance, model, 80, 4).Line(1).Trim());
    }

    [Fact]
    public void Compute_pane_has_a_row_per_lane_under_the_headers()
    {
        var snapshot = Expected.After(Scenario, Steps(3));
        var canvas = Render(ComputePane.Instance, new ScreenModel { Snapshot = snapshot }, 100, 8);

        Assert.All(ComputeBars.Headers, h => Assert.Contains(h, canvas.Line(1), StringComparison.Ordinal));
        for (var i = 0; i < snapshot.Lanes.Count; i++)
        {
            Assert.StartsWith(" " + snapshot.Lanes[i].Name, canvas.Line(2 + i), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Header_and_message_panes_show_the_models_seed_recording_message_and_busy_text()
    {
        var snapshot = Expected.After(Scenario, Steps(2));
        var model = new ScreenModel
        {
            Snapshot = snapshot,
            Recording = true,
            Message = new StatusMessage("a message", MessageKind.Info),
            BusyText = "busy now",
        };
        var header = Render(HeaderPane.Instance, model, 100, 1).Line(0);
        Assert.Contains($"seed {snapshot.Seed} · t {snapshot.T}/{snapshot.Length} · ● {snapshot.Breakpoints.Count}", header, StringComparison.Ordinal);
        Assert.EndsWith(" · rec", header, StringComparison.Ordinal);
        Assert.DoesNotContain("· rec", Render(HeaderPane.Instance, model with { Recording = false }, 100, 1).Line(0), StringComparison.Ordinal);

        var message = Render(MessagePane.Instance, model, 60, 1).Line(0);
        Assert.StartsWith(" a message", message, StringComparison.Ordinal);
        Assert.EndsWith("busy now", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_leaves_the_model_as_it_was()
    {
        var snapshot = Expected.After(Scenario, Steps(5));
        var model = ScreenFrame.Build(new ScreenModel { Snapshot = snapshot, CursorT = 2, ColumnScroll = 1 }, 80, 24);
        var before = model with { };
        var first = new PlainTextCanvas(80, 24);
        ScreenPainter.Draw(first, model);
        var second = new PlainTextCanvas(80, 24);
        ScreenPainter.Draw(second, model);

        Assert.Equal(before, model);
        Assert.Equal(first.ToString(), second.ToString());
    }

    private static DebuggerCommand[] Steps(int count, params DebuggerCommand[] first) =>
        [.. first, .. Enumerable.Range(0, count).Select(_ => (DebuggerCommand)new StepCommand())];

    private static PlainTextCanvas Render(IPane pane, ScreenModel model, int width, int height)
    {
        var canvas = new PlainTextCanvas(width, height);
        pane.Render(model, canvas);
        return canvas;
    }
}
