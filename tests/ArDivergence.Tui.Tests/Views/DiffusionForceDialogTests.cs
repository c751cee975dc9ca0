using ArDivergence.Core.Debugging;
using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Recording;
using Terminal.Gui.Input;

namespace ArDivergence.Tui.Tests.Views;

/// <summary>
/// Force on a masked-diffusion lane in the debugger (issue 14): f opens a position picker with the masked positions
/// of the block the next step fills (committed ones are not offered; typing one shows why), then the token picker;
/// the next step commits the forced token beside its drawn ones, the strip shows it marked, and the recorded
/// session replays. diffusion-steps has one block of L = 8 positions, and d4 commits L/S = 2 positions per step.
/// </summary>
public sealed class DiffusionForceDialogTests
{
    private static readonly string[] German = "der alte Mann sah heute den kleinen Hund".Split(' ');

    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 40)]
    public void Force_on_a_diffusion_lane_picks_a_masked_position_then_a_token_committed_by_the_next_step(int width, int height)
    {
        using var tui = new TuiHarness("diffusion-steps", width, height);
        tui.Press(Key.Tab, Key.Tab, Key.Tab);
        Assert.Equal("d4", tui.Controller.Focused.Name);
        tui.Press(Key.N);
        var committed = tui.Snapshot.Lane("d4").Steps[0].Writes.Select(w => w.Position).ToArray();
        Assert.Equal(2, committed.Length);
        var masked = Enumerable.Range(1, 8).Except(committed).ToArray();

        tui.Press(Key.F);
        Assert.Contains("choose a masked position", tui.Text, StringComparison.Ordinal);
        var offered = tui.OverlayText;
        Assert.All(masked, p => Assert.Contains($"position {p} ▢ masked", offered, StringComparison.Ordinal));
        Assert.All(committed, p => Assert.DoesNotContain($"position {p} ", offered, StringComparison.Ordinal));

        // A committed position typed anyway: the session's reason, and the dialog stays.
        tui.Type(committed[0].ToString(System.Globalization.CultureInfo.InvariantCulture)).Press(Key.Enter);
        Assert.Contains($"position {committed[0]} is already committed at step 1; diffusion commits are final", tui.OverlayText, StringComparison.Ordinal);
        Assert.Contains("choose a masked position", tui.Text, StringComparison.Ordinal);

        var position = masked[^1];
        tui.Press(Key.Backspace).Type(position.ToString(System.Globalization.CultureInfo.InvariantCulture)).Press(Key.Enter);
        Assert.Contains($"Force a token in d4 at position {position}", tui.Text, StringComparison.Ordinal);
        var word = German[position - 1];
        tui.Type(word).Press(Key.Enter);

        var lane = tui.Snapshot.Lane("d4");
        Assert.Equal(2, lane.T);
        var forced = lane.Steps[1];
        Assert.True(forced.Forced);
        Assert.Equal(2, forced.Writes.Count);
        var write = Assert.Single(forced.Writes, w => w.Position == position);
        Assert.Equal(word, tui.Snapshot.TokenText("d4", write.Token));
        Assert.DoesNotContain(forced.Writes, w => committed.Contains(w.Position));

        // The strip marks the forced position only; the screen shows the word in d4's lane.
        var strip = TokenStrip.Tokens(tui.Snapshot, lane);
        Assert.Equal([position], strip.Where(t => t.Forced).Select(t => t.Position));
        Assert.Equal(word, strip.Single(t => t.Position == position).Text);
        Assert.Contains(word, tui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_complete_diffusion_lane_explains_why_nothing_can_be_forced()
    {
        using var tui = new TuiHarness("diffusion-steps", 80, 24);
        tui.Press(Key.Tab).Press(Key.N);
        Assert.True(tui.Snapshot.Lane("d1").Finished);
        tui.Press(Key.F);
        Assert.Contains("d1 is complete: every position is committed, and diffusion commits are final", tui.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("choose a masked position", tui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_session_with_a_position_forced_through_the_dialog_replays_exactly()
    {
        using var folder = new Recording.TempFolder();
        var log = folder.File("diffusion-force.clef");
        var options = TuiHarness.Defaults() with { RecorderFactory = _ => SessionRecorders.ToFile(log) };
        int position;
        using (var tui = new TuiHarness("diffusion-steps", 120, 40, options))
        {
            tui.Press(Key.Tab, Key.Tab, Key.Tab, Key.Tab, Key.N, Key.N);
            Assert.Equal("d8", tui.Controller.Focused.Name);

            // The first offered position, chosen with the arrows this time.
            position = tui.Snapshot.Lane("d8").PositionForce!.Offered[1];
            tui.Press(Key.F, Key.CursorDown, Key.Enter).Type(German[position - 1]).Press(Key.Enter, Key.C, Key.Q);
            Assert.True(tui.QuitRequested);
            Assert.Contains(tui.Snapshot.Lane("d8").Steps[2].Writes, w => w.Position == position);
        }

        var text = File.ReadAllText(log);
        Assert.Contains($"\"Command\":\"force\",\"Lane\":\"d8\",\"T\":{position}", text, StringComparison.Ordinal);
        var outcome = SessionReplayer.Replay(SessionLog.Read(log, out var problem), null);
        Assert.Null(problem);
        Assert.True(outcome.Verdict == ReplayVerdict.Agrees, outcome.Message);
    }
}
