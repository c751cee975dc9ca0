using ArDivergence.Core.Generators;
using ArDivergence.Tui.Tests.Verbs;
using Terminal.Gui.Input;

namespace ArDivergence.Tui.Tests.Views;

/// <summary>Every shipped scenario through every pane and dialog, at 80×24 and 120×40, and across resizes.</summary>
public class ShippedScenarioScreenTests
{
    public static TheoryData<string> ShippedNames() => [.. ArDivergence.Scenarios.ShippedScenarios.Names];

    [Theory]
    [MemberData(nameof(ShippedNames))]
    public void Every_shipped_scenario_renders_at_80x24_and_120x40_through_every_pane_dialog_and_resize(string scenario)
    {
        var options = TuiHarness.Defaults() with { MonteCarloSamples = ShippedSamples.For(scenario, TuiHarness.Defaults().MonteCarloSamples) };
        using var tui = new TuiHarness(scenario, options: options);
        void Check(string when)
        {
            Assert.True(tui.Lines[0].Contains(scenario, StringComparison.Ordinal), $"{when}: no header\n{tui.Text}");
            Assert.DoesNotContain("needs at least", tui.Text, StringComparison.Ordinal);
        }

        Check("opened");
        foreach (var (width, height) in new[] { (80, 24), (120, 40) })
        {
            tui.Resize(width, height);
            Check($"{width}×{height}");
            tui.Press(Key.N, Key.N);
            for (var page = 0; page < 4; page++)
            {
                tui.Press(Key.V);
                Check($"{width}×{height} page {page}");
            }

            foreach (var dialog in new[] { new Key('?'), new Key('i'), Key.O, Key.B.WithShift, Key.S, Key.F, Key.O.WithCtrl })
            {
                if (dialog == Key.F && !tui.Controller.Focused.Capabilities.HasFlag(LaneCapabilities.CanBranch))
                {
                    continue; // no force dialog on a lane that cannot branch (a trace lane): a message says why
                }

                tui.Press(dialog);

                // Force on a lane that cannot branch (a masked-diffusion lane) gives the reason instead of the dialog.
                if (dialog == Key.F && !tui.Snapshot.Lanes[tui.Controller.FocusedLane].Capabilities.HasFlag(LaneCapabilities.CanBranch))
                {
                    Assert.Null(tui.Controller.Overlay);
                    Assert.Contains("cannot branch", tui.Text, StringComparison.Ordinal);
                    continue;
                }

                Assert.NotNull(tui.Controller.Overlay);
                tui.Press(Key.Esc);
                Assert.Null(tui.Controller.Overlay);
            }

            tui.Press(Key.Tab, Key.CursorRight, Key.CursorRight, Key.C);
            Check($"{width}×{height} after continue");
            tui.Press(Key.R);
            Assert.Equal(0, tui.Snapshot.T);
        }

        foreach (var (width, height) in new[] { (100, 30), (200, 60), (81, 25) })
        {
            tui.Resize(width, height);
            Check($"resized to {width}×{height}");
        }

        tui.Resize(30, 8);
        Assert.Contains("needs at least", tui.Text, StringComparison.Ordinal);
        tui.Resize(80, 24);
        Check("back to 80×24");
        Assert.False(tui.QuitRequested);
    }
}
