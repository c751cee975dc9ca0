using ArDivergence.Core.Debugging;
using ArDivergence.Core.Specs;
using ArDivergence.Tui.Output;
using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Views.Overlays;
using Terminal.Gui.Input;

namespace ArDivergence.Tui.Tests.Views;

/// <summary>Issue 10, "the screen must explain itself": one name per concept, one format, nothing cut without "…".</summary>
public class ScreenExplainsItselfTests
{
    public static TheoryData<int, int> Sizes() => new() { { 80, 24 }, { 120, 40 } };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void The_step_to_come_shows_its_number_once_t_has_two_digits(int width, int height)
    {
        using var tui = new TuiHarness(width: width, height: height);
        tui.Press([.. Enumerable.Repeat(Key.N, 9)]);
        Assert.Contains("10 (the step to come)", tui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_kv_column_lines_up_the_same_way_in_every_lane()
    {
        using var tui = new TuiHarness(width: 120, height: 40);
        tui.Press(Key.N, Key.N);
        var ends = new List<(int Header, int Cell)>();
        foreach (var lane in tui.Snapshot.Lanes)
        {
            var lines = tui.Lines.SkipWhile(l => !l.Contains("─ Steps · ", StringComparison.Ordinal)).Skip(1).ToArray();
            var header = lines[0];
            var row = tui.TableRow(1);
            var kv = Units.Bytes(Expected.Row(tui.Snapshot, lane.Name, 1).Step.Compute.KvCacheBytes);

            // The cell is the last of the row: both it and the header end at the table's right edge.
            ends.Add((header.IndexOf(" kv", StringComparison.Ordinal) + 3, row.LastIndexOf(kv, StringComparison.Ordinal) + kv.Length));
            tui.Press(Key.Tab);
        }

        Assert.All(ends, e => Assert.Equal(e.Header, e.Cell));
        Assert.Single(ends.Select(e => e.Cell).Distinct());
    }

    [Fact]
    public void A_lane_header_shows_off_manifold_in_the_step_tables_format()
    {
        var sessionOptions = new SessionOptions { MaxExactStates = 1 };
        var options = TuiHarness.Defaults() with { SessionOptions = sessionOptions, MonteCarloSamples = 3_000 };
        using var tui = new TuiHarness(width: 120, height: 40, options: options);
        tui.Press(Key.N, Key.N);

        var session = Expected.Session("is-ar-doomed", sessionOptions);
        session.Execute(new StepCommand());
        var snapshot = session.Execute(new StepCommand());
        foreach (var lane in snapshot.Lanes)
        {
            lane.OffManifold.RunMonteCarlo(3_000);
        }

        var text = RunReport.OffManifoldText(Expected.Row(snapshot, "ar", 2));
        Assert.EndsWith("(mc)", text, StringComparison.Ordinal);
        Assert.Contains(text, tui.CursorRow(2), StringComparison.Ordinal);
        Assert.Contains("om " + text, tui.Lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain("≈", tui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_pane_and_lane_headers_use_one_name_per_concept_at_every_size()
    {
        // The compute pane is the right half at 120×40: its header starts at its first column name.
        static string[] ComputeHeader(TuiHarness tui)
        {
            var line = tui.Lines.SkipWhile(l => !l.Contains("Compute · totals", StringComparison.Ordinal)).Skip(1).First();
            return TuiHarness.Words(line[line.IndexOf(" comp ", StringComparison.Ordinal)..]);
        }

        using var tui = new TuiHarness(width: 120, height: 40);
        tui.Press(Key.N, Key.N);
        var wide = ComputeHeader(tui);
        var laneHeaders = tui.Lines[2];
        tui.Resize(80, 24);
        tui.Press(Key.V, Key.V, Key.V);
        var narrow = ComputeHeader(tui);

        Assert.Equal(wide, narrow);
        Assert.Equal(tui.Snapshot.Lanes.Count, laneHeaders.Split(" om ").Length - 1);
        Assert.DoesNotContain("off_manifold", laneHeaders, StringComparison.Ordinal);
        Assert.Equal(tui.Snapshot.Lanes.Count, tui.Lines[2].Split(" om ").Length - 1);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void The_seed_dialog_shows_its_whole_explanation(int width, int height)
    {
        using var tui = new TuiHarness(width: width, height: height);
        tui.Press(Key.S);
        Assert.Contains($"now {tui.Snapshot.Seed}; a new seed recompiles the scenario and resets every lane to t = 0", tui.OverlayText, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void The_breakpoint_dialog_explains_every_kind_whole(int width, int height)
    {
        using var tui = new TuiHarness(width: width, height: height);
        tui.Press(Key.B.WithShift);
        foreach (var kind in Enum.GetValues<BreakpointKind>())
        {
            Assert.Contains($"◀ {kind.ToName()} ▶", tui.Text, StringComparison.Ordinal);
            Assert.Contains(BreakpointOverlay.Explain(kind), tui.OverlayText, StringComparison.Ordinal);
            tui.Press(Key.CursorRight);
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Path_star_keeps_the_source_and_goal_of_its_prompt_in_sight(int width, int height)
    {
        using var tui = new TuiHarness("path-star", width, height);
        var prompt = tui.Snapshot.Scenario.Prompt.Select(tui.Snapshot.TokenText).ToArray();
        var query = string.Join(' ', prompt[^5..]);
        Assert.StartsWith("/", query, StringComparison.Ordinal);
        var rows = tui.Lines.Skip(1).TakeWhile(l => !l.Contains("autoregressive", StringComparison.Ordinal)).ToArray();
        Assert.Contains(query, string.Join(' ', rows.Select(r => r.Trim())), StringComparison.Ordinal);

        // What is left out is marked: either the whole prompt is there, or the first row starts with "…".
        var shown = TuiHarness.Collapse(string.Join(' ', rows)).Replace("prompt ", "", StringComparison.Ordinal).Trim();
        Assert.True(shown == string.Join(' ', prompt) || shown.StartsWith('…'), shown);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Help_lists_every_column_and_label_with_its_meaning(int width, int height)
    {
        using var tui = new TuiHarness(width: width, height: height);
        tui.Press(Key.F1, Key.End);
        var text = new System.Text.StringBuilder();
        tui.Press(Key.Home);
        for (var page = 0; page < 20; page++)
        {
            text.Append(tui.OverlayText).Append(' ');
            tui.Press(Key.PageDown);
        }

        var help = TuiHarness.Collapse(text.ToString());
        foreach (var (term, meaning) in new[]
        {
            ("tok_err", "token_error"), ("path_off", "naive product"), ("off_man", "fresh run"), ("lecun", "LeCun"), ("comp", "FLOPs computed"),
            ("recomp", "recomputed"), ("reused", "reused"), ("kv", "KV-cache bytes"), ("×min", "smallest"), ("om", "lane's header"),
            ("(mc)", "Monte Carlo"), ("↳", "forced"), ("✓ ✗", "valid"),
        })
        {
            Assert.Matches($@"{System.Text.RegularExpressions.Regex.Escape(term)} [^│]*{System.Text.RegularExpressions.Regex.Escape(meaning)}", help);
        }
    }

    [Fact]
    public void The_chart_names_coinciding_curves_shows_lecun_and_labels_round_ticks()
    {
        using var tui = new TuiHarness("danke-schoen", 120, 40);
        tui.Press(Key.N, Key.N);
        var chart = ChartRows(tui);

        // mpc's off_manifold is 0 like ar's: its curve lies under ar's, and the legend says so.
        Assert.Contains("▲ mpc = ar", chart[^1], StringComparison.Ordinal);
        Assert.Contains(chart.SkipLast(2), l => l.Contains('○', StringComparison.Ordinal));
        var labels = chart.SkipLast(2).Select(l => l[..5].Trim()).Where(l => l.Length > 0).ToArray();
        Assert.Equal(["1.0", "0.5", "0.0"], labels);
    }

    [Fact]
    public void At_t_1_the_x_axis_says_t_1_once()
    {
        using var tui = new TuiHarness(width: 120, height: 40);
        tui.Press(Key.N);
        var axis = ChartRows(tui)[^2];
        Assert.Contains("┴", axis, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(axis, @"t=1(?!\d)"));
    }

    /// <summary>The chart pane's rows under its title (plot rows, the axis, the legend), its own columns only.</summary>
    private static string[] ChartRows(TuiHarness tui)
    {
        var lines = tui.Lines;
        var title = Array.FindIndex(lines, l => l.Contains("off_manifold vs t", StringComparison.Ordinal));
        var left = lines[title].IndexOf('─', StringComparison.Ordinal);
        var right = lines[title].IndexOf("─ Compute", StringComparison.Ordinal);
        return [.. lines.Skip(title + 1).Take(lines.Length - title - 3).Select(l => l[left..(right < 0 ? l.Length : right)])];
    }
}
