using ArDivergence.Core.Debugging;
using ArDivergence.Core.Metrics;
using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Views.Background;

namespace ArDivergence.Tui.Tests.Views;

/// <summary>Each lane's off_manifold is computed and shown on its own: a cheap lane never waits behind an expensive one.</summary>
public class IndependentLanesTests
{
    private const string Scenario = "is-ar-doomed";
    private const double Tolerance = 1e-12;

    [Fact]
    public void A_cheap_lane_shows_its_off_manifold_while_an_expensive_one_still_computes_and_shows_how_far()
    {
        // The first lane's exact dynamic programming knows t = 1, 2 and then stops at t = 3 until the gate opens.
        const int gateAt = 3;
        DebuggerCommand[] steps = [new StepCommand(), new StepCommand(), new StepCommand()];
        using var gate = new ManualResetEventSlim(false);
        GatedGenerator? expensive = null;
        using var tui = new TuiHarness(width: 120, height: 40, settle: false, prepare: session =>
        {
            foreach (var step in steps)
            {
                session.Snapshot = session.Driver.Execute(step);
            }

            var snapshot = session.Snapshot;
            var first = snapshot.Lanes[0];
            expensive = new GatedGenerator(snapshot.Scenario.Generator(first.Name), gateAt, gate);
            session.Snapshot = snapshot with
            {
                Lanes = [first with { OffManifold = new OffManifoldCurve(expensive, snapshot.Seed) }, .. snapshot.Lanes.Skip(1)],
            };
        });
        var expected = Expected.After(Scenario, steps);
        var t = expected.T;
        var lanes = expected.Lanes.Count;
        try
        {
            bool CheapLanesDone() =>
                expensive!.Waiting && tui.Controller.Curves.Lanes.Count == lanes && tui.Controller.Curves.Lanes.Skip(1).All(l => l.Phase == CurvePhase.Done);
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (!CheapLanesDone() && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(10);
                tui.Pump();
            }

            Assert.True(CheapLanesDone(), "the cheap lanes' off_manifold never came while the expensive lane computed:\n" + tui.Text);
            tui.Pump();

            var headers = tui.Lines[2].Split('│');
            Assert.Equal(lanes, headers.Length);
            for (var lane = 1; lane < lanes; lane++)
            {
                var exact = expected.Lanes[lane].OffManifold.Exact!.At(t)!.Value;
                Assert.Equal(exact, tui.Controller.OffManifold(lane, t)!.Value.Value, Tolerance);
                Assert.Contains(Units.Probability(exact), headers[lane], StringComparison.Ordinal);
                Assert.DoesNotContain(StepTable.Pending, headers[lane], StringComparison.Ordinal);
            }

            // The expensive lane: still computing, t = 1..gateAt-1 of L done.
            Assert.Equal(CurvePhase.Computing, tui.Controller.Curves.Lanes[0].Phase);
            var percent = (int)(100.0 * (gateAt - 1) / expected.Length);
            Assert.Contains($"{StepTable.Pending} {percent}%", headers[0], StringComparison.Ordinal);
        }
        finally
        {
            gate.Set();
        }

        tui.Settle();
        var value = expected.Lanes[0].OffManifold.Exact!.At(t)!.Value;
        Assert.Equal(value, tui.Controller.OffManifold(0, t)!.Value.Value, Tolerance);
        var header = tui.Lines[2].Split('│')[0];
        Assert.Contains(Units.Probability(value), header, StringComparison.Ordinal);
        Assert.DoesNotContain("%", header, StringComparison.Ordinal);
    }
}
