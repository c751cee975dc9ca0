using ArDivergence.Core.Debugging;
using ArDivergence.Core.Specs;
using ArDivergence.Scenarios;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Recording;
using ArDivergence.Tui.Tests.Recording;
using ArDivergence.Tui.Tests.Verbs;
using ArDivergence.Tui.Views;
using ArDivergence.Tui.Views.Rendering;

namespace ArDivergence.Tui.Tests.Kinds;

/// <summary>The debugger's commands on the shipped masked-diffusion and speculative lanes: force, breakpoints, record and replay.</summary>
public class DiffusionAndSpeculativeSessionTests
{
    [Fact]
    public void Force_on_a_diffusion_lane_commits_a_masked_position_refuses_a_committed_one_and_on_a_speculative_lane_opens_a_new_round()
    {
        var diffusion = new DebuggerSession(ScenarioSource.Load("diffusion-steps").Spec!);
        var d8 = diffusion.Execute(new ForceTokenCommand("d8", 3, "Mann")).Lane("d8");
        var write = Assert.Single(d8.Steps[0].Writes);
        Assert.Equal((3, "Mann"), (write.Position, diffusion.Snapshot.TokenText("d8", write.Token)));
        Assert.True(d8.Steps[0].Forced);
        var refused = Assert.Throws<InvalidCommandException>(() => diffusion.Execute(new ForceTokenCommand("d8", 3, "the")));
        Assert.Equal("position 3 is already committed at step 1; diffusion commits are final", refused.Message);

        // d8 follows the forced German word; d1 commits all eight words in its forced step and marks only the forced one.
        var done = diffusion.Execute(new ContinueCommand("d8")).Lane("d8");
        Assert.Equal(8, done.T);
        Assert.True(done.Steps.All(s => s.OnManifold));
        Assert.Equal("Hund", diffusion.Snapshot.TokenText("d8", done.Tokens[done.Positions.ToList().IndexOf(8)]));
        var d1 = diffusion.Execute(new ForceTokenCommand("d1", 1, "the")).Lane("d1");
        Assert.Equal(8, d1.Steps[0].Writes.Count);
        var strip = TokenStrip.Tokens(diffusion.Snapshot, d1);
        Assert.Equal([1], strip.Where(t => t.Forced).Select(t => t.Position));

        var speculative = new DebuggerSession(ScenarioSource.Load("speculative").Spec!);
        speculative.Execute(new StepCommand("spec"));
        var forced = speculative.Execute(new ForceTokenCommand("spec", 2, "N")).Lane("spec");
        Assert.True(forced.Steps[1].Forced);
        Assert.False(forced.Steps[1].OnManifold);
        var next = speculative.Execute(new StepCommand("spec")).Lane("spec").Steps[2];
        Assert.True(next.Extras!.RoundStart);
    }

    [Fact]
    public void A_position_breakpoint_fires_at_the_diffusion_step_that_commits_the_position()
    {
        var session = new DebuggerSession(ScenarioSource.Load("diffusion-steps").Spec!, new SessionOptions { Lanes = ["d4"] });
        session.Execute(new AddBreakpointCommand(BreakpointKind.Position, 6));
        var stopped = session.Execute(new ContinueCommand());
        var lane = stopped.Lane("d4");
        Assert.NotNull(stopped.Hit);
        Assert.Contains(lane.Steps[^1].Writes, w => w.Position == 6);
        Assert.All(lane.Steps.SkipLast(1), s => Assert.DoesNotContain(s.Writes, w => w.Position == 6));
    }

    [Fact]
    public void Sessions_with_both_kinds_replay_exactly()
    {
        using var folder = new TempFolder();
        foreach (var (name, commands) in new (string, DebuggerCommand[])[]
        {
            ("diffusion-steps", [new StepCommand(), new AddBreakpointCommand(BreakpointKind.OffManifold, null), new ContinueCommand(), new StepBackCommand(), new SetSeedCommand(7), new ContinueCommand()]),
            ("diffusion-steps", [new ForceTokenCommand("d8", 5, "heute"), new ForceTokenCommand("d1", 2, "old"), new StepCommand(), new ContinueCommand()]),
            ("speculative", [new StepCommand(), new StepCommand(), new ForceTokenCommand("spec", 3, "A"), new AddBreakpointCommand(BreakpointKind.Position, 9, Lane: "spec"), new ContinueCommand(), new StepBackCommand("spec")]),
        })
        {
            var log = folder.File($"{name}-{commands.Length}.clef");
            var source = ScenarioSource.Load(name);
            var session = new DebuggerSession(source.Spec!);
            using (var driver = new SessionDriver(session, new SessionStartInfo(source.Path, source.Hash, session.Scenario.Seed, null, null), SessionRecorders.ToFile(log)))
            {
                foreach (var command in commands)
                {
                    driver.Execute(command);
                }
            }

            var (exit, output, error) = CliRunner.Run("replay", log);
            Assert.True(exit == 0, $"{name}: {error}{output}");
            Assert.Contains($"{commands.Length} commands", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_step_table_shows_the_writes_of_a_diffusion_lane_and_the_rounds_of_a_speculative_lane_only()
    {
        var diffusion = new DebuggerSession(ScenarioSource.Load("diffusion-steps").Spec!);
        var snapshot = diffusion.Execute(new ContinueCommand());
        Assert.DoesNotContain("rnd", HeaderOf(snapshot, 1));
        Assert.Contains("pos", HeaderOf(snapshot, 1));
        Assert.DoesNotContain("pos", HeaderOf(snapshot, 0));

        var speculative = new DebuggerSession(ScenarioSource.Load("speculative").Spec!).Execute(new ContinueCommand());
        var header = HeaderOf(speculative, 2);
        Assert.Contains("α", header);
        Assert.Contains("rnd", header);
        Assert.DoesNotContain("α", HeaderOf(speculative, 0));
    }

    /// <summary>The step table's header words for one lane at 200×50 (wide enough for every column it shows).</summary>
    private static string[] HeaderOf(SessionSnapshot snapshot, int lane)
    {
        var model = ScreenFrame.Build(new ScreenModel { Snapshot = snapshot, FocusedLane = lane, CursorT = 1 }, 200, 50);
        var canvas = new PlainTextCanvas(model.Width, model.Height);
        ScreenPainter.Draw(canvas, model);
        var steps = model.Layout.Panes.Single(p => p.Kind == PaneKind.Steps).Area;
        return canvas.Line(steps.Y + 1).Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
