using ArDivergence.Core.Debugging;
using ArDivergence.Tui.Output;
using ArDivergence.Tui.Presentation;
using Terminal.Gui.Input;
using KeyBinding = ArDivergence.Tui.Presentation.KeyBinding;

namespace ArDivergence.Tui.Tests.Views;

public class KeyTableTests
{
    [Fact]
    public void Every_key_is_spelt_as_Terminal_Gui_reports_it()
    {
        foreach (var key in KeyTable.Default.Bindings.SelectMany(b => b.Keys))
        {
            Assert.True(Key.TryParse(key, out var parsed), key);
            Assert.Equal(key, parsed.ToString());
            Assert.Equal(KeyTable.Default.ActionFor(key), KeyTable.Default.ActionFor(ArDivergence.Tui.Views.DebuggerScreen.ToKeyPress(parsed).Name));
        }
    }

    [Fact]
    public void Every_action_has_a_key_and_no_key_has_two_actions()
    {
        foreach (var action in Enum.GetValues<DebuggerAction>())
        {
            Assert.NotEmpty(KeyTable.Default.BindingFor(action).Keys);
        }

        Assert.Throws<ArgumentException>(() => new KeyTable(
        [
            new KeyBinding(["n"], DebuggerAction.Step, "g", "a"),
            new KeyBinding(["n"], DebuggerAction.Quit, "g", "b"),
        ]));
    }

    [Fact]
    public void The_issue_keys_are_bound()
    {
        var table = KeyTable.Default;
        Assert.Equal(DebuggerAction.Step, table.ActionFor("F10"));
        Assert.Equal(DebuggerAction.Step, table.ActionFor("n"));
        Assert.Equal(DebuggerAction.StepBack, table.ActionFor("Shift+F10"));
        Assert.Equal(DebuggerAction.StepBack, table.ActionFor("b"));
        Assert.Equal(DebuggerAction.Continue, table.ActionFor("F5"));
        Assert.Equal(DebuggerAction.Continue, table.ActionFor("c"));
        Assert.Equal(DebuggerAction.Reset, table.ActionFor("r"));
        Assert.Equal(DebuggerAction.ToggleBreakpoint, table.ActionFor("F9"));
        Assert.Equal(DebuggerAction.Seed, table.ActionFor("s"));
        Assert.Equal(DebuggerAction.Force, table.ActionFor("f"));
        Assert.Equal(DebuggerAction.Force, table.ActionFor("Enter"));
        Assert.Equal(DebuggerAction.NextLane, table.ActionFor("Tab"));
        Assert.Equal(DebuggerAction.Help, table.ActionFor("F1"));
        Assert.Equal(DebuggerAction.Help, table.ActionFor("?"));
        Assert.Equal(DebuggerAction.Quit, table.ActionFor("q"));
        Assert.Equal(DebuggerAction.Quit, table.ActionFor("Ctrl+Q"));
        Assert.Equal(DebuggerAction.Cancel, table.ActionFor("Esc"));
        Assert.Equal(DebuggerAction.TopKLanes, table.ActionFor("a"));
        Assert.Null(table.ActionFor("Alt+X"));
    }

    [Fact]
    public void Help_and_status_line_come_from_the_table()
    {
        var lines = KeyTable.Default.HelpLines();
        foreach (var binding in KeyTable.Default.Bindings)
        {
            Assert.Contains(lines, l => l.Binding == binding && l.Text.Contains(binding.Description, StringComparison.Ordinal)
                && l.Text.Contains(KeyTable.DisplayKeys(binding), StringComparison.Ordinal));
        }

        var hints = KeyTable.Default.StatusHints();
        Assert.Contains(hints, h => h.Keys == "F10/n" && h.Label == "step");
        Assert.Contains(hints, h => h.Action == DebuggerAction.Help);
        Assert.Contains(hints, h => h.Action == DebuggerAction.Quit);
        Assert.Equal(KeyTable.Default.Bindings.Count(b => b.Hint is not null), hints.Count);
    }
}

public class PresentationTests
{
    [Fact]
    public void Step_table_cells_are_the_cells_of_ardiv_run()
    {
        var snapshot = Expected.After("is-ar-doomed", Enumerable.Repeat<DebuggerCommand>(new StepCommand(), 8).ToArray());
        foreach (var lane in snapshot.Lanes)
        {
            var runRows = LaneRows.From(snapshot, lane);
            var table = new RunReport(snapshot.Scenario.Name, snapshot.Seed, snapshot.Length, [runRows]).Render(OutputFormat.Table, false);
            var printed = table.Split('\n').Where(l => l.Length > 0 && char.IsDigit(l.TrimStart()[0])).Select(TuiHarness.Words).ToArray();
            var rows = StepTable.Rows(snapshot, lane, t => lane.OffManifold.At(t), pending: false);
            Assert.Equal(printed.Length, rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                Assert.Equal(printed[i], rows[i].Cells);
            }
        }
    }

    [Fact]
    public void Step_table_marks_forced_tokens_and_pending_values()
    {
        var snapshot = Expected.After("is-ar-doomed", new StepCommand(), new ForceTokenCommand("ar", 2, "x"));
        var lane = snapshot.Lane("ar");
        var rows = StepTable.Rows(snapshot, lane, _ => null, pending: true);
        Assert.Equal("↳x", rows[1].Cell("token"));
        Assert.Equal("✗", rows[1].Cell("on_manifold"));
        Assert.True(rows[1].Forced);
        Assert.Equal(StepTable.Pending, rows[0].Cell("off_manifold"));
        Assert.Equal("-", StepTable.Rows(snapshot, lane, _ => null, pending: false)[0].Cell("off_manifold"));
        var widths = StepTable.Widths(rows, snapshot.Length);
        Assert.Equal(StepTable.Columns.Count, widths.Count);
    }

    [Fact]
    public void Token_strip_marks_and_wraps()
    {
        StripToken[] tokens =
        [
            new(1, "Danke", true, false),
            new(2, "schön", true, true),
            new(3, "Dank", false, false),
        ];
        Assert.Equal(["Danke", "↳schön", "Dank✗"], tokens.Select(TokenStrip.Label));
        var placed = TokenStrip.Layout(tokens, 12);
        Assert.Equal([(0, 0), (0, 6), (1, 0)], placed.Select(p => (p.Row, p.Column)));
        Assert.All(TokenStrip.Layout(tokens, 3), p => Assert.True(TextCells.Width(p.Label) <= 3));
    }

    [Fact]
    public void Token_strip_rows_for_a_whole_run_come_from_the_vocabulary()
    {
        Assert.Equal(1, TokenStrip.RowsFor(4, ["1", "2", "+", "="], 17));
        var valid = TokenStrip.Layout([.. Enumerable.Range(1, 100).Select(t => new StripToken(t, "a", true, false))], 17)[^1].Row + 1;
        var invalid = TokenStrip.Layout([.. Enumerable.Range(1, 100).Select(t => new StripToken(t, "a", false, false))], 17)[^1].Row + 1;
        Assert.InRange(TokenStrip.RowsFor(100, ["a", "b", "c", "x"], 17), valid, invalid);
        Assert.Equal(1, TokenStrip.RowsFor(0, ["a"], 17));
    }

    [Fact]
    public void Distribution_rows_mark_validity_and_the_emitted_token()
    {
        var snapshot = Expected.After("is-ar-doomed", new StepCommand());
        var step = snapshot.Lane("ar").Steps[0];
        var rows = Distribution.Rows(snapshot, "ar", step);
        Assert.Equal(step.Top.Count, rows.Count);
        Assert.Single(rows, r => r.Emitted);
        Assert.Equal(snapshot.TokenText(step.Token), rows.Single(r => r.Emitted).Token);
        Assert.Equal("✗", Distribution.Parts(rows.First(r => !r.Valid), 10).Mark);
        Assert.Equal("█████", Bars.Of(0.5, 10));
        Assert.Equal("▏", Bars.Of(0.001, 10));
        Assert.Equal("", Bars.Of(0, 10));
        Assert.Equal("██▌", Bars.Of(0.25, 10));
    }

    [Theory]
    [InlineData(0.04, 0.05)]
    [InlineData(0.3, 0.5)]
    [InlineData(0.6, 1)]
    [InlineData(0.1, 0.1)]
    [InlineData(0.0123, 0.02)]
    [InlineData(0, 1)]
    public void Chart_axis_ends_at_a_round_number(double max, double expected) =>
        Assert.Equal(expected, OffManifoldChart.NiceCeiling(max), 12);

    [Fact]
    public void Chart_maps_columns_to_t_and_plots_inside_the_area()
    {
        Assert.Equal(10, OffManifoldChart.TAt(0, 10, 100));
        Assert.Equal(100, OffManifoldChart.TAt(9, 10, 100));
        Assert.Equal(1, OffManifoldChart.TAt(29, 60, 2));
        Assert.Equal(2, OffManifoldChart.TAt(30, 60, 2));

        double?[] off = [null, 0.1, 0.2, 0.3, 0.4];
        double?[] naive = [null, 0.1, 0.19, null, null];
        var plot = OffManifoldChart.Plot([new ChartLane("a", off, naive), new ChartLane("b", [null, 0, 0, 0, 0], [])], 4, 8, 5, 2);
        Assert.Equal(0.5, plot.YMax);
        Assert.All(plot.Points, p => Assert.InRange(p.Column, 0, 7));
        Assert.All(plot.Points, p => Assert.InRange(p.Row, 0, 4));
        Assert.Contains(plot.Points, p => p is { Lane: 1, Row: 4 });
        Assert.Contains(plot.Points, p => p is { Lane: 0, Naive: false, Column: 7 });
        Assert.Equal(2, plot.MarkerColumn);
        Assert.Equal([new ChartTick(0, "0.5"), new ChartTick(4, "0.0")], plot.YTicks());
        Assert.NotEqual(OffManifoldChart.Glyph(0, false), OffManifoldChart.Glyph(0, true));
        Assert.NotEqual(OffManifoldChart.Glyph(0, false), OffManifoldChart.Glyph(1, false));
    }

    [Fact]
    public void Compute_bars_compare_lanes_with_the_cheapest()
    {
        var snapshot = Expected.After("is-ar-doomed", new StepCommand(), new StepCommand(), new StepCommand());
        var rows = ComputeBars.Rows(snapshot);
        var cheapest = snapshot.Lanes.Min(l => l.Last!.Totals.Computed);
        foreach (var (row, lane) in rows.Zip(snapshot.Lanes))
        {
            Assert.Equal(lane.Last!.Totals.Computed, row.Computed);
            Assert.Equal(lane.Last!.Totals.Recomputed, row.Recomputed);
            Assert.Equal(lane.Last!.Totals.Reused, row.Reused);
            Assert.Equal(lane.Last!.Totals.Computed / cheapest, row.RatioToCheapest!.Value, 12);
            var bar = ComputeBars.Bar(row, rows, 30);
            Assert.InRange(bar.Length, 1, 30);
            Assert.Equal(row.Recomputed > 0, bar.Contains(ComputeBars.Recomputed, StringComparison.Ordinal));
            Assert.Equal(row.Reused > 0, bar.Contains(ComputeBars.Reused, StringComparison.Ordinal));
        }

        Assert.Contains(rows, r => r.RatioToCheapest == 1);
        Assert.All(ComputeBars.Rows(Expected.After("is-ar-doomed")), r => Assert.Null(r.RatioToCheapest));
    }

    [Theory]
    [InlineData(80, 24, 1, 4)]
    [InlineData(100, 30, 1, 4)]
    [InlineData(120, 30, 2, 2)]
    [InlineData(80, 40, 2, 2)]
    [InlineData(120, 40, 4, 1)]
    [InlineData(200, 60, 4, 1)]
    public void Layout_fits_the_screen(int width, int height, int slots, int pages)
    {
        for (var page = 0; page < pages; page++)
        {
            foreach (var prompt in new[] { false, true })
            {
                var layout = ScreenLayout.Compute(width, height, prompt, page);
                Assert.False(layout.TooSmall);
                Assert.Equal(pages, layout.Pages);
                Assert.Equal(slots, layout.Panes.Count(p => !p.Area.IsEmpty) + (page == pages - 1 ? 4 % slots == 0 ? 0 : slots - (4 % slots) : 0));
                Area[] areas = [layout.Header, layout.Lanes, layout.Message, layout.Keys, .. layout.Panes.Select(p => p.Area)];
                if (prompt)
                {
                    areas = [.. areas, layout.Prompt];
                }

                Assert.All(areas, a => Assert.True(a.X >= 0 && a.Y >= 0 && a.Right <= width && a.Bottom <= height && !a.IsEmpty, $"{a} outside {width}×{height}"));
                for (var i = 0; i < areas.Length; i++)
                {
                    for (var j = i + 1; j < areas.Length; j++)
                    {
                        var (a, b) = (areas[i], areas[j]);
                        Assert.False(a.X < b.Right && b.X < a.Right && a.Y < b.Bottom && b.Y < a.Bottom, $"{a} overlaps {b}");
                    }
                }

                Assert.True(layout.Lanes.Height >= 4);
                Assert.True(layout.Panes.Min(p => p.Area.Height) >= 8, "panes too short");
            }
        }

        Assert.Equal(0, ScreenLayout.PageOf(PaneKind.Steps, width, height));
        Assert.Equal(3, ScreenLayout.Compute(width, height, false, 0, lanesWanted: 3).Lanes.Height);
        Assert.True(ScreenLayout.Compute(39, 24, false, 0).TooSmall);
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 40)]
    public void A_wrapped_prompt_takes_its_rows_and_the_panes_stay_usable(int width, int height)
    {
        for (var rows = 1; rows <= 5; rows++)
        {
            var layout = ScreenLayout.Compute(width, height, true, 0, promptRows: rows);
            Assert.Equal(Math.Min(rows, ScreenLayout.MaxPromptRows(height)), layout.Prompt.Height);
            Assert.Equal(layout.Prompt.Bottom, layout.Lanes.Y);
            Assert.True(layout.Panes.Min(p => p.Area.Height) >= 8, "panes too short");
            Assert.True(layout.Panes.Max(p => p.Area.Bottom) <= layout.Message.Y);
        }
    }

    [Fact]
    public void Line_editor_edits()
    {
        var editor = new LineEditor("12");
        editor.Insert("3");
        editor.Left();
        editor.Backspace();
        Assert.Equal("13", editor.Text);
        editor.Home();
        editor.Delete();
        Assert.Equal("3", editor.Text);
        Assert.True(editor.Handle("x", "4"));
        Assert.Equal("43", editor.Text);
        Assert.True(editor.Handle("Ctrl+U", null));
        Assert.Equal("", editor.Text);
        Assert.False(editor.Handle("F5", null));
    }

    [Fact]
    public void Text_cells_measure_fit_and_wrap()
    {
        Assert.Equal(4, TextCells.Width("日本"));
        Assert.Equal(5, TextCells.Width("schön"));
        Assert.Equal("abc…", TextCells.Fit("abcdef", 4));
        Assert.Equal("abcdef", TextCells.Fit("abcdef", 6));
        Assert.Equal("日…", TextCells.Fit("日本語", 4));
        Assert.Equal(["one two", "three", "", "four"], TextCells.Wrap("one two three\n\nfour", 7));
        Assert.Equal(["abcd", "efgh", "ij"], TextCells.Wrap("abcdefghij", 4));
        Assert.Equal(" 12", TextCells.PadLeft("12", 3));
    }

    [Fact]
    public void Wrapping_to_a_few_rows_says_when_it_cut()
    {
        Assert.Equal(["one two", "three"], TextCells.WrapAtMost("one two three", 7, 2));
        Assert.Equal(["one two", "three…"], TextCells.WrapAtMost("one two three four", 7, 2));
        Assert.Equal(["one t…"], TextCells.WrapAtMost("one two three", 6, 1));
        Assert.Empty(TextCells.WrapAtMost("one", 6, 0));
    }
}
