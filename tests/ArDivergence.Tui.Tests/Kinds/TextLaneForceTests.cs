using ArDivergence.Core.Debugging;
using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Kinds;
using ArDivergence.Tui.Recording;
using ArDivergence.Tui.Tests.Views;
using Terminal.Gui.Input;
using TempFolder = ArDivergence.Tui.Tests.Recording.TempFolder;

namespace ArDivergence.Tui.Tests.Kinds;

/// <summary>
/// Force on a lane whose tokens are its own (a text manifold, <see cref="TinyTextKind"/>): the dialog lists the
/// lane's tokenizer, not the scenario vocabulary (which a text scenario leaves empty), and two tokens that show the
/// same text (the two bytes of 'é', both U+FFFD) stay distinct through the dialog, the session and a replay.
/// </summary>
public sealed class TextLaneForceTests
{
    private const string Replacement = "\uFFFD";

    private static readonly ScenarioFormat Format = ScenarioFormat.BuiltIn.With(new TinyTextKind());

    private const string Scenario = """
        name: tiny-force
        seed: 3
        length: 3
        prompt: "Q: say it\nA:"
        manifold: {kind: regex, pattern: '(ab|é)+'}
        generators:
          - {name: tiny, kind: tiny_text}

        """;

    [Fact]
    public void The_session_looks_a_forced_token_up_in_the_lanes_own_tokens_and_an_id_picks_between_equal_texts()
    {
        using var folder = new TempFolder();
        var session = Session(folder);
        Assert.Equal(0, session.Scenario.Vocabulary.Count);
        Assert.Equal(6, Token(session.Execute(new ForceTokenCommand("tiny", 1, "ж"))));
        Assert.Equal(2, Token(session.Execute(new ForceTokenCommand("tiny", 1, Replacement))));
        Assert.Equal(3, Token(session.Execute(new ForceTokenCommand("tiny", 1, Replacement) { TokenId = 3 })));
        var wrong = Assert.Throws<InvalidCommandException>(() => session.Execute(new ForceTokenCommand("tiny", 1, "a") { TokenId = 3 }));
        Assert.Equal("token 3 of tiny is not 'a'", wrong.Message);
        var unknown = Assert.Throws<InvalidCommandException>(() => session.Execute(new ForceTokenCommand("tiny", 1, "z")));
        Assert.Equal("'z' is not a token of tiny", unknown.Message);
    }

    [Fact]
    public void The_force_dialog_lists_the_lanes_own_tokens_and_forces_the_one_chosen_and_the_session_replays()
    {
        using var folder = new TempFolder();
        var path = folder.File("tiny.yaml");
        File.WriteAllText(path, Scenario);
        var log = folder.File("tiny.clef");
        var options = TuiHarness.Defaults() with { RecorderFactory = _ => SessionRecorders.ToFile(log) };
        using (var tui = new TuiHarness(path, 80, 24, options, format: Format))
        {
            // t = 1 is the step to come: every token of the lane, in id order; the fourth is the second byte of 'é'.
            tui.Press(Key.F);
            var listed = tui.OverlayText;
            foreach (var token in new[] { "ab", "ж", "<eos>", "<ctl>" })
            {
                Assert.Contains($" {token} ", listed, StringComparison.Ordinal);
            }

            tui.Press(Key.CursorDown, Key.CursorDown, Key.CursorDown, Key.Enter, Key.N, Key.Q);
            var lane = tui.Snapshot.Lane("tiny");
            Assert.Equal(3, lane.Tokens[0]);
            Assert.True(lane.Steps[0].Forced);
        }

        Assert.Contains("\"TokenId\":3", File.ReadAllText(log), StringComparison.Ordinal);
        var outcome = SessionReplayer.Replay(SessionLog.Read(log, out var problem), null, Format);
        Assert.Null(problem);
        Assert.True(outcome.Verdict == ReplayVerdict.Agrees, outcome.Message);
    }

    private static int Token(SessionSnapshot snapshot) => snapshot.Lane("tiny").Tokens[0];

    private static DebuggerSession Session(TempFolder folder)
    {
        var path = folder.File("tiny.yaml");
        File.WriteAllText(path, Scenario);
        var source = ArDivergence.Tui.Cli.ScenarioSource.Load(path, Format);
        return new DebuggerSession(source.Spec!, new SessionOptions { Kinds = Format.Kinds });
    }
}
