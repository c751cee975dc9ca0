using System.Text.RegularExpressions;
using ArDivergence.Core.Debugging;
using ArDivergence.Core.Traces;
using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Views.Rendering;
using Terminal.Gui.Input;

namespace ArDivergence.Tui.Tests.Views;

/// <summary>
/// A trace lane in the debugger: its header names the recording shown, t shows the next one, force explains
/// why it cannot branch, and the top-k pane says how much probability the recording does not list.
/// </summary>
public sealed class TraceLaneScreenTests
{
    [Fact]
    public void The_header_says_which_recording_of_how_many_and_force_says_a_recording_cannot_branch()
    {
        using var tui = new TuiHarness("capital-traces", 120, 40, TuiHarness.Defaults());

        tui.Press(Key.N, Key.F);

        Assert.Contains("trace 1/5", tui.Text, StringComparison.Ordinal);
        Assert.Contains("trace 1/7", tui.Text, StringComparison.Ordinal);
        Assert.Null(tui.Controller.Overlay);
        Assert.Contains(TuiHarness.Collapse(InvalidCommandException.RecordingCannotBranch("hosted")), TuiHarness.Collapse(tui.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void The_trace_key_shows_the_focused_lanes_next_recording_from_t_0_and_leaves_the_other_lane()
    {
        using var tui = new TuiHarness("capital-traces", 120, 40, TuiHarness.Defaults());
        tui.Press(Key.N, Key.N);
        var focused = tui.Controller.Focused.Name;
        var other = tui.Snapshot.Lanes.Single(l => l.Name != focused);

        tui.Press(Key.T);

        Assert.Matches(@"trace 2/\d", tui.Text);
        Assert.Equal(0, tui.Snapshot.Lane(focused).T);
        Assert.Equal(1, tui.Snapshot.Lane(focused).OffManifold.Recording!.Shown);
        Assert.Equal(2, tui.Snapshot.Lane(other.Name).T);
        Assert.Equal(0, tui.Snapshot.Lane(other.Name).OffManifold.Recording!.Shown);
    }

    [Fact]
    public void The_trace_key_on_a_lane_that_replays_no_recording_says_so()
    {
        using var tui = new TuiHarness("is-ar-doomed", 120, 40, TuiHarness.Defaults());

        tui.Press(Key.T);

        var lane = tui.Controller.Focused.Name;
        Assert.Contains(TuiHarness.Collapse(InvalidCommandException.NotRecorded(lane)), TuiHarness.Collapse(tui.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void The_top_k_pane_of_a_trace_lane_shows_the_mass_its_recording_does_not_list()
    {
        using var tui = new TuiHarness("capital-traces", 120, 40, TuiHarness.Defaults());

        tui.Press(Key.N, Key.A); // a: the focused lane's top-k only

        var focused = tui.Controller.Focused.Name;
        var lane = tui.Snapshot.Scenario.Generators.OfType<TraceLane>().Single(g => g.Name == focused);
        var listed = lane.ShownWalk.Trace.Tokens[0].Alternatives.Sum(a => a.Probability);
        var expected = Units.Probability(Math.Max(0, 1 - listed));
        var line = Assert.Single(tui.Lines, l => l.Contains(TopKPane.UnlistedLabel, StringComparison.Ordinal));
        var shown = Regex.Match(line, @"\(unlisted\)\s+(\S+)");
        Assert.True(shown.Success, line);
        Assert.Equal(expected, shown.Groups[1].Value);
    }

    [Fact]
    public void A_lane_that_is_no_trace_lane_shows_no_unlisted_mass()
    {
        using var tui = new TuiHarness("is-ar-doomed", 120, 40, TuiHarness.Defaults());

        tui.Press(Key.N, Key.A);

        Assert.DoesNotContain(TopKPane.UnlistedLabel, tui.Text, StringComparison.Ordinal);
    }
}
