using ArDivergence.Core.Debugging;
using ArDivergence.Scenarios;
using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Tests.Views;

/// <summary>The incremental strip layout always equals laying the whole lane out again.</summary>
public class TokenStripLayoutTests
{
    [Fact]
    public void Extending_stepping_back_forcing_and_resizing_give_the_full_layout()
    {
        var session = new DebuggerSession(ShippedScenarios.Find("is-ar-doomed")!.Load().Spec!);
        var layout = new TokenStripLayout();
        void Check(int width)
        {
            var snapshot = session.Snapshot;
            var lane = snapshot.Lane("one-shot");
            var expected = TokenStrip.Layout(TokenStrip.Tokens(snapshot, lane), width);
            Assert.Equal(expected, layout.Update(snapshot, lane, width));
        }

        for (var i = 0; i < 30; i++)
        {
            session.Execute(new StepCommand());
            Check(25);
        }

        session.Execute(new StepBackCommand());
        Check(25);
        session.Execute(new ForceTokenCommand("one-shot", 10, "x"));
        Check(25);
        session.Execute(new StepCommand());
        Check(17);
        session.Execute(new SetSeedCommand(3));
        Check(17);
        session.Execute(new StepCommand());
        Check(17);
    }

    [Fact]
    public void A_lane_that_writes_in_order_keeps_its_placed_tokens_from_frame_to_frame()
    {
        var session = new DebuggerSession(ShippedScenarios.Find("is-ar-doomed")!.Load().Spec!);
        var layout = new TokenStripLayout();
        session.Execute(new StepCommand());
        session.Execute(new StepCommand());
        var before = layout.Update(session.Snapshot, session.Snapshot.Lane("ar"), 25).ToArray();

        session.Execute(new StepCommand());
        var after = layout.Update(session.Snapshot, session.Snapshot.Lane("ar"), 25);

        // The same objects: the layout was extended by the new token, not laid out again.
        Assert.Equal(before.Length + 1, after.Count);
        Assert.All(before.Zip(after), pair => Assert.Same(pair.First, pair.Second));
    }
}
