using ArDivergence.Core.Debugging;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tests.Support;

namespace ArDivergence.Core.Tests;

/// <summary>
/// The session works from edits and capabilities, not from "step t writes position t" and an exact
/// process: driven by <see cref="PairWritingLane"/> (two writes per step, no exact process, cannot
/// branch, interval token errors) on a loop of L = 6 over {a, b} with the never-valid token z.
/// </summary>
public sealed class LaneModelTests
{
    private const int Length = 6;
    private const int OffAt = 2;

    private static readonly ScenarioSpec Spec = TestSpecs.Loop(Length, ["a", "b"], ["z"], TestSpecs.Oracle("shape", 0.1));

    [Fact]
    public void Each_step_is_one_edit_of_two_positions_and_the_lane_finishes_when_every_position_is_written()
    {
        var session = Session(offAt: int.MaxValue);
        session.Execute(new StepCommand());
        var lane = session.Execute(new StepCommand()).Lanes[0];

        Assert.Equal(2, lane.T);
        Assert.Equal([3, 4], lane.Steps[1].Writes.Select(w => w.Position));
        Assert.Equal([1, 2, 3, 4], lane.Positions);
        Assert.Equal([.. lane.Tokens, null, null], lane.TokensByPosition());
        Assert.False(lane.Finished);

        var done = session.Execute(new ContinueCommand()).Lanes[0];
        Assert.Equal(Length / 2, done.T);
        Assert.True(done.Finished);
        Assert.All(done.TokensByPosition(), token => Assert.NotNull(token));
    }

    [Fact]
    public void Step_back_undoes_the_whole_latest_edit()
    {
        var session = Session(offAt: int.MaxValue);
        var afterOne = session.Execute(new StepCommand()).Lanes[0];
        session.Execute(new StepCommand());

        var back = session.Execute(new StepBackCommand()).Lanes[0];

        Assert.Equal(1, back.T);
        Assert.Equal(afterOne.Tokens, back.Tokens);
        Assert.Equal([1, 2], back.Positions);
        Assert.Null(back.TokensByPosition()[2]);
    }

    [Fact]
    public void A_position_breakpoint_fires_at_the_step_that_wrote_the_position()
    {
        var session = Session(offAt: int.MaxValue);
        session.Execute(new AddBreakpointCommand(BreakpointKind.Position, 4));

        var snapshot = session.Execute(new ContinueCommand());

        Assert.NotNull(snapshot.Hit);
        Assert.Equal(2, snapshot.Hit.T);
        Assert.Equal(2, snapshot.Lanes[0].T);
    }

    [Fact]
    public void A_token_error_breakpoint_fires_only_where_the_whole_interval_is_above_it()
    {
        var below = Session(offAt: int.MaxValue);
        below.Execute(new AddBreakpointCommand(BreakpointKind.TokenErrorAbove, 0.05));
        Assert.Equal(1, below.Execute(new ContinueCommand()).Hit?.T);

        var inside = Session(offAt: int.MaxValue);
        inside.Execute(new AddBreakpointCommand(BreakpointKind.TokenErrorAbove, 0.2));
        var end = inside.Execute(new ContinueCommand());
        Assert.Null(end.Hit);
        Assert.True(end.Finished);
    }

    [Fact]
    public void Token_errors_are_the_lanes_bounds_while_on_the_manifold_and_absent_after()
    {
        var lane = Session(OffAt).Execute(new ContinueCommand()).Lanes[0];

        Assert.Equal(PairWritingLane.ErrorBounds, lane.Steps[0].TokenErrorValue);
        Assert.Equal(MetricKnowledge.Interval, lane.Steps[OffAt - 1].TokenErrorValue.Knowledge);
        Assert.True(lane.Steps[OffAt].TokenErrorValue.IsAbsent);
        Assert.All(lane.Steps, step => Assert.Null(step.TokenError));
    }

    [Fact]
    public void Leaving_the_manifold_is_found_by_lane_time_and_by_position()
    {
        var session = Session(OffAt);
        session.Execute(new AddBreakpointCommand(BreakpointKind.OffManifold));

        var snapshot = session.Execute(new ContinueCommand());
        var lane = snapshot.Lanes[0];

        Assert.Equal(OffAt, snapshot.Hit?.T);
        Assert.Equal(OffAt, lane.FirstOff()?.T);
        Assert.Equal((2 * OffAt) - 1, lane.FirstOffPosition());
    }

    [Fact]
    public void Forcing_a_lane_that_cannot_branch_is_refused_with_the_reason()
    {
        var session = Session(offAt: int.MaxValue);
        session.Execute(new StepCommand());

        var error = Assert.Throws<InvalidCommandException>(() => session.Execute(new ForceTokenCommand("pairs", 1, "a")));

        Assert.Contains("cannot branch", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, session.Snapshot.Lanes[0].T);
    }

    [Fact]
    public void Off_manifold_of_a_lane_without_an_exact_process_comes_from_monte_carlo()
    {
        var curve = Session(OffAt).Snapshot.Lanes[0].OffManifold;

        Assert.Null(curve.Exact);
        Assert.True(curve.NeedsMonteCarlo(1));
        Assert.Null(curve.At(1));

        curve.RunMonteCarlo(200);

        Assert.Equal(0.0, curve.At(OffAt - 1)?.Value);
        var atOff = curve.At(OffAt)!.Value;
        Assert.Equal(1.0, atOff.Value);
        Assert.False(atOff.Exact);
    }

    [Fact]
    public void Monte_carlo_is_refused_for_a_lane_that_cannot_make_fresh_runs()
    {
        var scenario = ScenarioCompiler.Compile(Spec);
        var lane = new PairWritingLane(scenario.Generators[0], OffAt, scenario.Vocabulary.TryGetId("z", out var z) ? z : -1, LaneCapabilities.None);

        var error = Assert.Throws<NotSupportedException>(() => MonteCarloEstimator.Run(lane, seed: 1, samples: 10));
        var curve = new OffManifoldCurve(lane, seed: 1);

        Assert.Contains("pairs", error.Message, StringComparison.Ordinal);
        Assert.False(curve.NeedsMonteCarlo(1));
        Assert.Null(curve.At(1));
    }

    [Fact]
    public void Shipped_lanes_write_position_t_at_step_t_so_both_views_agree()
    {
        var spec = TestSpecs.Loop(Length, ["a", "b"], ["z"], TestSpecs.Oracle("oracle", 0.3), TestSpecs.Joint("joint", 0.3), TestSpecs.Mpc("mpc", "joint", commit: 2));
        var snapshot = new DebuggerSession(spec).Execute(new ContinueCommand());

        Assert.All(snapshot.Lanes, lane =>
        {
            Assert.All(lane.Steps, step => Assert.Equal([new TokenWrite(step.T, step.Token)], step.Writes));
            Assert.Equal(Enumerable.Range(1, lane.T), lane.Positions);
            Assert.Equal(lane.Tokens.Select(t => (int?)t), lane.TokensByPosition());
            Assert.Equal(lane.FirstOff()?.T, lane.FirstOffPosition());
            Assert.All(lane.Steps, step => Assert.Equal(MetricValue.Of(step.TokenError), step.TokenErrorValue));
        });
    }

    /// <summary>A session whose only lane is a <see cref="PairWritingLane"/>, through the compile seam.</summary>
    private static DebuggerSession Session(int offAt) => new(Spec, null, (spec, seed) =>
    {
        var scenario = ScenarioCompiler.Compile(spec, seed);
        var invalid = scenario.Vocabulary.TryGetId("z", out var z) ? z : throw new InvalidOperationException("no z");
        return scenario with { Generators = [new PairWritingLane(scenario.Generators[0], offAt, invalid)] };
    });
}
