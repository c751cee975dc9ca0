using ArDivergence.Core.Debugging;
using ArDivergence.Core.Specs;
using Terminal.Gui.Input;

namespace ArDivergence.Tui.Tests.Views;

/// <summary>
/// Keys that arrive together (type-ahead, a paste, a slow link) act on the state the keys before them
/// produced, not on the screen as it was when they arrived: they are injected back to back here, with
/// no pumping between them, so every command's snapshot comes back only after all the keys are in.
/// </summary>
public class TypeAheadTests
{
    private const string Scenario = "is-ar-doomed";

    [Fact]
    public void N_then_f_forces_at_the_step_just_generated_not_at_the_step_to_come()
    {
        using var tui = new TuiHarness();
        tui.PressTogether(Key.N, Key.F);

        var expected = Expected.After(Scenario, new StepCommand());
        var step = expected.Lane("ar").Steps[0];
        Assert.Equal(1, tui.Snapshot.T);
        Assert.Contains("Force a token in ar at t = 1", tui.Text, StringComparison.Ordinal);
        Assert.Contains($"now '{expected.TokenText(step.Token)}'", tui.OverlayText, StringComparison.Ordinal);
        Assert.DoesNotContain("the step to come", tui.OverlayText, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_steps_a_step_back_then_f_and_Enter_force_at_the_cursor_t_2()
    {
        var recorder = new FakeRecorder(null, null);
        using var tui = new TuiHarness(options: TuiHarness.Defaults() with { RecorderFactory = _ => recorder });
        tui.PressTogether(Key.N, Key.N, Key.N, Key.B, Key.F, Key.Enter);

        DebuggerCommand[] before = [new StepCommand(), new StepCommand(), new StepCommand(), new StepBackCommand()];
        var cut = Expected.After(Scenario, before);
        var step = cut.Lane("ar").Steps[1];
        var alternative = cut.TokenText(step.Top.First(top => top.Token != step.Token).Token);
        var force = new ForceTokenCommand("ar", 2, alternative);
        var expected = Expected.After(Scenario, [.. before, force]);

        Assert.Equal<DebuggerCommand>([.. before, force], recorder.Commands);
        Assert.Equal([2], tui.Snapshot.Lane("ar").Branches);
        Assert.Equal(expected.Lane("ar").Tokens, tui.Snapshot.Lane("ar").Tokens);
        Assert.Equal(2, tui.Controller.CursorT);
        Assert.Contains($"↳{alternative}", tui.CursorRow(2), StringComparison.Ordinal);
    }

    [Fact]
    public void Four_steps_then_F9_sets_the_breakpoint_at_t_4_where_the_cursor_is()
    {
        using var tui = new TuiHarness();
        var existing = tui.Snapshot.Breakpoints.Count;
        tui.PressTogether(Key.N, Key.N, Key.N, Key.N, Key.F9);

        Assert.Equal(4, tui.Controller.CursorT);
        var added = Assert.Single(tui.Snapshot.Breakpoints.Skip(existing));
        Assert.Equal(BreakpointKind.Position, added.Kind);
        Assert.Equal(4, added.Value);
        Assert.Contains($"breakpoint {added.Id}: t = 4", tui.Text, StringComparison.Ordinal);
        tui.CursorRow(4);
    }

    [Fact]
    public void Keys_typed_during_a_long_command_act_after_it_in_order()
    {
        using var gate = new ManualResetEventSlim(false);
        var recorder = new FakeRecorder(null, null);
        using var tui = new TuiHarness(options: TuiHarness.Defaults() with { RecorderFactory = _ => recorder });
        recorder.Gate = gate;
        try
        {
            tui.PressNoWait(Key.C);
            Assert.True(SpinWait.SpinUntil(() => recorder.Waiting, TimeSpan.FromSeconds(10)));
            tui.PressNoWait(Key.Tab);
            tui.PressNoWait(Key.N);
            Assert.Equal(2, tui.Controller.WaitingKeys);
        }
        finally
        {
            gate.Set();
        }

        tui.Settle();
        var continued = Expected.After(Scenario, new ContinueCommand());
        var hitLane = continued.Lanes.ToList().FindIndex(l => l.Name == continued.Hit!.Lane);
        Assert.Equal((hitLane + 1) % continued.Lanes.Count, tui.Controller.FocusedLane);
        Assert.Equal(continued.T + 1, tui.Snapshot.T);
        Assert.Equal(2, recorder.Commands.Count);
        Assert.IsType<StepCommand>(recorder.Commands[1]);
        Assert.Equal(0, tui.Controller.WaitingKeys);
    }

    [Fact]
    public void During_a_long_command_Esc_closes_an_open_dialog_at_once_and_the_next_Esc_cancels()
    {
        using var gate = new ManualResetEventSlim(false);
        var recorder = new FakeRecorder(null, null);
        using var tui = new TuiHarness(options: TuiHarness.Defaults() with { RecorderFactory = _ => recorder });
        recorder.Gate = gate;
        try
        {
            tui.PressNoWait(Key.C);
            Assert.True(SpinWait.SpinUntil(() => recorder.Waiting, TimeSpan.FromSeconds(10)));
            tui.Controller.Push(ArDivergence.Tui.Views.Overlays.TextOverlay.Help(tui.Controller));
            tui.PressNoWait(Key.Esc);
            Assert.Null(tui.Controller.Overlay);
            Assert.True(tui.Controller.IsWorking);
            tui.PressNoWait(Key.Esc);
            Assert.Contains("cancelling continue", tui.Text, StringComparison.Ordinal);
        }
        finally
        {
            gate.Set();
        }

        tui.Settle();
        Assert.False(tui.QuitRequested);
    }
}
