using ArDivergence.Core.Debugging;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Views;
using Terminal.Gui.Input;

namespace ArDivergence.Tui.Tests.Views;

/// <summary>Esc closes a dialog or cancels work; it never quits (q and Ctrl+Q do).</summary>
public class EscTests
{
    [Fact]
    public void Esc_after_a_continue_has_finished_does_not_quit()
    {
        using var tui = new TuiHarness("lecun-iid");
        tui.Press(Key.C);
        Assert.False(tui.Controller.IsWorking);
        tui.Press(Key.Esc);

        Assert.False(tui.QuitRequested);
        Assert.Contains("nothing to cancel", tui.Text, StringComparison.Ordinal);
        tui.Press(new Key('q'));
        Assert.True(tui.QuitRequested);
    }

    [Fact]
    public void Esc_with_nothing_running_does_not_stop_the_Terminal_Gui_loop_either()
    {
        var session = OpenSession.Open(ScenarioSource.Load("danke-schoen"), new SessionOptions(), _ => new FakeRecorder(null, null));
        var error = new StringWriter();
        var aliveAfterEsc = false;
        var code = DebuggerApp.Run(session, TuiHarness.Defaults(), error, (app, controller) =>
            app.AddTimeout(TimeSpan.FromMilliseconds(50), () =>
            {
                Terminal.Gui.Testing.InputInjectionExtensions.InjectKey(app, Key.Esc);

                // Timers run on the loop: this one runs only if the loop survived the Esc.
                app.AddTimeout(TimeSpan.FromMilliseconds(50), () =>
                {
                    aliveAfterEsc = !controller.IsQuitting;
                    controller.RequestQuit();
                    return false;
                });
                return false;
            }));

        Assert.Equal(0, code);
        Assert.Equal("", error.ToString());
        Assert.True(aliveAfterEsc);
    }

    [Fact]
    public void The_help_and_status_line_say_Esc_cancels_and_q_quits()
    {
        var quit = KeyTable.Default.BindingFor(DebuggerAction.Quit);
        var cancel = KeyTable.Default.BindingFor(DebuggerAction.Cancel);
        Assert.Equal(["q", "Ctrl+Q"], quit.Keys);
        Assert.Equal(["Esc"], cancel.Keys);
        Assert.Contains("never quits", cancel.Description, StringComparison.Ordinal);
        Assert.Contains(KeyTable.Default.StatusHints(), h => h.Action == DebuggerAction.Quit && h.Keys == "q");
    }
}
