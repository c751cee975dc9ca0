namespace ArDivergence.Tui.Tests.EndToEnd;

/// <summary>
/// The reported type-ahead sequences in a real terminal: each is sent in one `tmux send-keys`, so the
/// keys reach ardiv together, and each key must act on the state the keys before it produced. Then Esc,
/// with nothing running, must not quit.
/// </summary>
public partial class TerminalEndToEndTests
{
    [TmuxFact]
    public void Keys_sent_together_act_in_order_and_Esc_does_not_quit()
    {
        using var folder = new Views.TempFolder();
        using var tmux = new Tmux();
        var launched = Launch(tmux, folder, null, "--no-log");

        // n n n n F9: the breakpoint goes where the cursor is after four steps.
        tmux.Keys(Pane, "n", "n", "n", "n", "F9");
        var screen = tmux.WaitFor(Pane, s => s.Any(l => l.Contains("breakpoint 2: t = ", StringComparison.Ordinal)), "the breakpoint");
        Assert.True(screen.Any(l => l.Contains("breakpoint 2: t = 4", StringComparison.Ordinal)), Shown(screen));
        Assert.True(screen[0].Contains("t 4/60", StringComparison.Ordinal), Shown(screen));

        // n f: the force dialog opens at the step just generated, with its top-k.
        tmux.Keys(Pane, "n", "f");
        // tmux can capture a frame half written (the dialog's border drawn, its body not yet), so wait for the
        // whole dialog: it covers the table's "(the step to come)" row. A dialog opened before n acted never does.
        screen = tmux.WaitFor(
            Pane,
            s => s.Any(l => l.Contains("Force a token in ar at t = ", StringComparison.Ordinal))
                && !s.Any(l => l.Contains("the step to come", StringComparison.Ordinal)),
            "the whole force dialog");
        Assert.True(screen.Any(l => l.Contains("Force a token in ar at t = 5", StringComparison.Ordinal)), Shown(screen));
        tmux.Keys(Pane, "Escape");
        tmux.WaitFor(Pane, s => !s.Any(l => l.Contains("Force a token", StringComparison.Ordinal)), "the dialog to close");

        // n n n b f Enter: three steps to 8, back to 7, and the force lands at 7, under the cursor.
        tmux.Keys(Pane, "n", "n", "n", "b", "f", "Enter");
        screen = tmux.WaitFor(Pane, s => s.Any(l => l.Contains("forced '", StringComparison.Ordinal)), "the forced token");
        Assert.True(screen.Any(l => l.Contains("in ar at t = 7", StringComparison.Ordinal)), Shown(screen));
        Assert.True((CursorRow(screen, 7) ?? "").Contains('↳', StringComparison.Ordinal), Shown(screen));

        // Nothing runs now: Esc says so and the debugger stays; q quits.
        tmux.Keys(Pane, "Escape");
        tmux.WaitFor(Pane, s => s.Any(l => l.Contains("nothing to cancel", StringComparison.Ordinal)), "Esc's message");
        tmux.Keys(Pane, "q");
        var (exit, sttyBefore, sttyAfter) = WaitForExit(tmux, launched);
        Assert.Equal("0", exit);
        Assert.Equal(sttyBefore, sttyAfter);
    }

    /// <summary>The screen, for a failure message: a type-ahead failure under load must say what was on it.</summary>
    private static string Shown(string[] screen) => "screen:\n" + string.Join('\n', screen);
}
