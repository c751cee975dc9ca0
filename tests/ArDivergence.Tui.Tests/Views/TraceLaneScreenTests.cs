using ArDivergence.Core.Debugging;
using Terminal.Gui.Input;

namespace ArDivergence.Tui.Tests.Views;

/// <summary>A trace lane in the debugger: its header names the recording shown, and force explains why it cannot branch.</summary>
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
}
