using ArDivergence.Core.Specs;
using ArDivergence.Scenarios;
using ArDivergence.Tui.Recording;
using ArDivergence.Tui.Tests.Verbs;
using ArDivergence.Tui.Tests.Views;
using Terminal.Gui.Input;

namespace ArDivergence.Tui.Tests.Recording;

/// <summary>Sessions recorded through the terminal UI (keys in, log out) replay to identical numbers.</summary>
public class TuiRecordReplayTests
{
    public static TheoryData<string> Names() => [.. ShippedScenarios.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void A_session_driven_by_keys_in_the_debugger_replays_exactly(string name)
    {
        using var folder = new TempFolder();
        var log = folder.File("tui.clef");
        var options = TuiHarness.Defaults() with
        {
            RecorderFactory = _ => SessionRecorders.ToFile(log),
            MonteCarloSamples = ShippedSamples.For(name, TuiHarness.Defaults().MonteCarloSamples),
        };
        using (var tui = new TuiHarness(name, 120, 40, options))
        {
            // Step, force the cursor's most likely alternative, step on, go back, seed, continue.
            tui.Press(Key.N, Key.N, Key.N, Key.F, Key.CursorDown, Key.Enter, Key.N, Key.B, Key.F10, Key.C);
            tui.Press(Key.Q);
            Assert.True(tui.QuitRequested);
        }

        var text = File.ReadAllText(log);
        // A lane that replays a recording cannot branch: F only explains that, and nothing is forced.
        var canForce = ShippedScenarios.Find(name)!.Load().Spec!.Generators[0] is not TraceGeneratorSpec;
        Assert.Equal(canForce, text.Contains("\"Command\":\"force\"", StringComparison.Ordinal));
        Assert.Contains("\"Command\":\"step_back\"", text, StringComparison.Ordinal);
        Assert.Contains("\"Command\":\"continue\"", text, StringComparison.Ordinal);
        Assert.Contains("\"Event\":\"SessionEnded\"", text, StringComparison.Ordinal);
        var outcome = SessionReplayer.Replay(SessionLog.Read(log, out var problem), null);
        Assert.Null(problem);
        Assert.True(outcome.Verdict == ReplayVerdict.Agrees, outcome.Message);
        Assert.True(outcome.Steps >= 5, outcome.Message);
    }
}
