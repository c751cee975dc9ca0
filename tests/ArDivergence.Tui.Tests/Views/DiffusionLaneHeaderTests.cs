using System.Text.RegularExpressions;
using ArDivergence.Core.Debugging;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Presentation;
using Terminal.Gui.Input;

namespace ArDivergence.Tui.Tests.Views;

/// <summary>
/// A masked-diffusion lane's header says its step of S and the positions written of L (S steps commit L/S
/// positions each in diffusion-steps, so after s steps d4 has written 2s of 8), not "t s/L", which read as
/// positions; other lanes keep "t s/L".
/// </summary>
public sealed class DiffusionLaneHeaderTests
{
    [Fact]
    public void The_progress_of_a_diffusion_lane_names_its_steps_and_its_positions_written_and_shortens_to_fit()
    {
        var snapshot = new DebuggerSession(ScenarioSource.Load("diffusion-steps").Spec!).Execute(new ContinueCommand("d4"));
        var session = new DebuggerSession(ScenarioSource.Load("diffusion-steps").Spec!);
        session.Execute(new StepCommand());
        var two = session.Execute(new StepCommand());

        Assert.Equal("step 2 of 4, 4/8 written", LaneProgress.Text(two, two.Lane("d4"), 40));
        Assert.Equal("step 2/4 · 4/8", LaneProgress.Text(two, two.Lane("d4"), 14));
        Assert.Equal("s 2/4 · 4/8", LaneProgress.Text(two, two.Lane("d4"), 11));
        Assert.Equal("s 2/4", LaneProgress.Text(two, two.Lane("d4"), 3));
        Assert.Equal("step 4 of 4, 8/8 written", LaneProgress.Text(snapshot, snapshot.Lane("d4"), 40));
        Assert.Equal("step 0 of 8, 0/8 written", LaneProgress.Text(snapshot, snapshot.Lane("d8"), 40));
        Assert.Equal("t 2/8", LaneProgress.Text(two, two.Lane("ar"), 40));
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 40)]
    public void The_lane_header_on_screen_shows_the_diffusion_progress(int width, int height)
    {
        using var tui = new TuiHarness("diffusion-steps", width, height);
        tui.Press(Key.N, Key.N);
        var header = tui.Lines.First(l => l.StartsWith(" t 2/8 ", StringComparison.Ordinal));
        Assert.Matches(new Regex("(step 2 of 4, 4/8 written|step 2/4, 4/8 written|step 2/4 · 4/8|s 2/4)"), header);
        Assert.DoesNotContain("t 2/8 ", header[header.IndexOf('│', StringComparison.Ordinal)..], StringComparison.Ordinal);
    }
}
