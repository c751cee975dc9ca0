using ArDivergence.Core.Debugging;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tests.Support;
using ArDivergence.Core.Text;
using ArDivergence.Core.Traces;
using static ArDivergence.Core.Tests.Support.Recordings;

namespace ArDivergence.Core.Tests;

/// <summary>
/// A trace lane in a debugger session (semantics §10), on the text manifold {" Paris.", " Paris"} compiled
/// to its byte automaton: it steps through its shown trace with bounded token errors, its off_manifold
/// is the fraction of its traces off, and it cannot branch.
/// </summary>
public sealed class TraceLaneTests
{
    private const double Tolerance = 1e-12;
    private const int Length = 4;

    private static readonly ITextLanguage Language = new DfaLanguage(TextPatterns.Answers([" Paris.", " Paris"], ignoreCase: false));

    private static readonly RecordedTrace Paris = Trace(
        Token(" Par", Listed(" Par", 0.8), Listed(" Lyon", 0.15)),
        Token("is", Listed("is", 0.9), Listed("ade", 0.1)),
        Token(".", Listed(".", 0.6), Listed("!", 0.3)));

    private static readonly RecordedTrace Lyon = Trace(
        Token(" Lyon", Listed(" Par", 0.7), Listed(" Lyon", 0.25)),
        Token(".", Listed(".", 1)));

    private static readonly ScenarioSpec Spec = TestSpecs.Loop(Length, ["a", "b"], [], TestSpecs.Oracle("shape", 0.1));

    [Fact]
    public void The_lane_steps_through_its_first_trace_with_bounded_token_errors_and_ends_with_it()
    {
        var session = Session(Paris, Lyon, Paris);

        var lane = session.Execute(new ContinueCommand()).Lanes[0];

        Assert.True(lane.Finished);
        Assert.Equal(3, lane.T);
        Assert.All(lane.Steps, s => Assert.True(s.OnManifold));
        Assert.Equal(MetricKnowledge.Interval, lane.Steps[0].TokenErrorValue.Knowledge);
        Assert.Equal(0.15, lane.Steps[0].TokenErrorValue.Low, Tolerance);
        Assert.Equal(0.2, lane.Steps[0].TokenErrorValue.High, Tolerance);
        Assert.Equal(0.1, lane.Steps[1].TokenError!.Value, Tolerance);
        Assert.Equal(1 - (0.85 * 0.9 * 0.7), lane.Steps[2].PathOffValue.Low, Tolerance);
        Assert.Equal(1 - (0.8 * 0.9 * 0.6), lane.Steps[2].PathOffValue.High, Tolerance);
        Assert.Equal(0.8, lane.Steps[0].TokenProbability, Tolerance);
        Assert.Equal([true, false], lane.Steps[0].Top.Select(top => top.Valid));
    }

    [Fact]
    public void Off_manifold_is_the_fraction_of_traces_off_with_its_wilson_interval()
    {
        var session = Session(Paris, Lyon, Paris);

        var curve = session.Execute(new StepCommand()).Lanes[0].OffManifold;

        Assert.True(curve.IsRecorded);
        Assert.False(curve.NeedsMonteCarlo(1));
        var atOne = curve.At(1)!.Value;
        Assert.False(atOne.Exact);
        Assert.Equal(1.0 / 3, atOne.Value, Tolerance);
        Assert.Equal(3, atOne.Samples);
        Assert.Equal(WilsonInterval.Of95(1, 3), atOne.Interval);
        Assert.Equal(1.0 / 3, curve.At(Length)!.Value.Value, Tolerance);
    }

    [Fact]
    public void Forcing_a_token_says_a_recording_cannot_branch()
    {
        var session = Session(Paris);

        var refused = Assert.Throws<InvalidCommandException>(() => session.Execute(new ForceTokenCommand("trace", 1, "a")));

        Assert.Equal(InvalidCommandException.RecordingCannotBranch("trace"), refused.Message);
    }

    [Fact]
    public void A_token_error_breakpoint_fires_on_the_lower_bound()
    {
        var session = Session(Paris);
        session.Execute(new AddBreakpointCommand(BreakpointKind.TokenErrorAbove, 0.25));

        var stopped = session.Execute(new ContinueCommand());

        // Lower bounds 0.15, 0.1, 0.3: only step 3's is above 0.25 (step 1's upper bound 0.2 is not either).
        Assert.Equal(3, stopped.Lanes[0].T);
        Assert.NotNull(stopped.Hit);
    }

    [Fact]
    public void Showing_another_trace_steps_through_that_one_and_an_invalid_token_leaves()
    {
        var lyon = ((IRecordedLane)TraceLane(Paris, Lyon)).Showing(1);
        var walkthrough = new DebuggerSession(Spec, null, (spec, seed) => ScenarioCompiler.Compile(spec, seed) with { Generators = [lyon] });

        var lane = walkthrough.Execute(new ContinueCommand()).Lanes[0];

        Assert.Equal(2, lane.T);
        Assert.False(lane.Steps[0].OnManifold);
        Assert.Equal(0.25, lane.Steps[0].TokenErrorValue.Low, Tolerance);
        Assert.True(lane.Steps[1].TokenErrorValue.IsAbsent);
        Assert.Equal(1, ((IRecordedLane)lyon).Shown);
        Assert.Equal(2, ((IRecordedLane)lyon).Samples);
    }

    [Fact]
    public void Showing_the_next_trace_starts_the_lane_again_on_it_wraps_around_and_leaves_the_other_lanes()
    {
        var session = new DebuggerSession(Spec, null, (spec, seed) =>
        {
            var compiled = ScenarioCompiler.Compile(spec, seed);
            return compiled with { Generators = [TraceLane(Paris, Lyon, Paris), .. compiled.Generators] };
        });
        var before = session.Execute(new StepCommand());
        before = session.Execute(new StepCommand());
        var other = before.Lane("shape");

        var second = session.Execute(new ShowTraceCommand("trace"));

        var lane = second.Lane("trace");
        Assert.Equal(0, lane.T);
        Assert.Equal(1, lane.OffManifold.Recording!.Shown);
        Assert.Equal(3, lane.OffManifold.Recording.Samples);
        Assert.Equal(new ShowTraceCommand("trace", 1), second.Executed);
        Assert.Contains("trace 2/3", second.Message, StringComparison.Ordinal);
        Assert.Equal(2, second.Lane("shape").T);
        Assert.Same(other.Steps, second.Lane("shape").Steps);
        Assert.Equal(before.Lane("trace").OffManifold.At(Length), lane.OffManifold.At(Length));
        Assert.Equal(1.0 / 3, lane.OffManifold.At(1)!.Value.Value, Tolerance);

        // Trace 2 is Lyon: its first token leaves the manifold.
        Assert.False(session.Execute(new StepCommand("trace")).Lane("trace").Steps[0].OnManifold);

        Assert.Equal(2, session.Execute(new ShowTraceCommand("trace")).Lane("trace").OffManifold.Recording!.Shown);
        var wrapped = session.Execute(new ShowTraceCommand("trace")).Lane("trace");
        Assert.Equal(0, wrapped.OffManifold.Recording!.Shown);
        Assert.True(session.Execute(new StepCommand("trace")).Lane("trace").Steps[0].OnManifold);
    }

    [Fact]
    public void Showing_another_trace_of_a_lane_that_is_no_trace_lane_or_one_it_does_not_have_is_refused()
    {
        var session = Session(Paris, Lyon);
        var compiled = new DebuggerSession(Spec);

        var notRecorded = Assert.Throws<InvalidCommandException>(() => compiled.Execute(new ShowTraceCommand("shape")));
        var outOfRange = Assert.Throws<InvalidCommandException>(() => session.Execute(new ShowTraceCommand("trace", 2)));

        Assert.Equal(InvalidCommandException.NotRecorded("shape"), notRecorded.Message);
        Assert.Contains("1..2", outOfRange.Message, StringComparison.Ordinal);
        Assert.Equal(1, session.Execute(new ShowTraceCommand("trace", 1)).Lane("trace").OffManifold.Recording!.Shown);
    }

    private static TraceLane TraceLane(params RecordedTrace[] traces) =>
        new("trace", [.. traces.Select(t => TraceBounds.Walk(t, Language))], Language, Length, []);

    private static DebuggerSession Session(params RecordedTrace[] traces) =>
        new(Spec, null, (spec, seed) => ScenarioCompiler.Compile(spec, seed) with { Generators = [TraceLane(traces)] });
}
