using ArDivergence.Core.Debugging;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Specs;
using ArDivergence.Tui.Cli;

namespace ArDivergence.Tui.Tests.Kinds;

/// <summary>
/// Every breakpoint kind on a masked-diffusion lane (d4 of diffusion-steps: S = 4 steps of 2 commits over L = 8)
/// and a speculative lane (spec of speculative): over ten seeds, continue stops exactly at the first step of the
/// unbroken run where the kind's condition holds (read from that run's records and exact curve), and runs to the
/// end when there is none; the kinds that must fire on some seed do. Thresholds sit where the closed forms say the
/// lanes cross them: d4's first step leaves the manifold with probability 0.5 (two words drawn independently,
/// English or German at 0.5 each) and its later steps never do; spec's token error is 0.01 at every step and its
/// off_manifold 1 − 0.99^t first exceeds 0.05 at t = 6.
/// </summary>
public sealed class DiffusionAndSpeculativeBreakpointTests
{
    private const int Seeds = 10;

    public static TheoryData<string, string, BreakpointKind, double?, string?> Cases() => new()
    {
        { "diffusion-steps", "d4", BreakpointKind.OffManifold, null, null },
        { "diffusion-steps", "d4", BreakpointKind.TokenErrorAbove, 0.25, null },
        { "diffusion-steps", "d4", BreakpointKind.PathOffAbove, 0.25, null },
        { "diffusion-steps", "d4", BreakpointKind.OffManifoldAbove, 0.25, null },
        { "diffusion-steps", "d4", BreakpointKind.Position, 5, null },
        { "diffusion-steps", "d4", BreakpointKind.Token, null, "Mann" },
        { "speculative", "spec", BreakpointKind.OffManifold, null, null },
        { "speculative", "spec", BreakpointKind.TokenErrorAbove, 0.005, null },
        { "speculative", "spec", BreakpointKind.PathOffAbove, 0.05, null },
        { "speculative", "spec", BreakpointKind.OffManifoldAbove, 0.05, null },
        { "speculative", "spec", BreakpointKind.Position, 9, null },
        { "speculative", "spec", BreakpointKind.Token, null, "N" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_breakpoint_stops_continue_at_the_first_step_of_the_unbroken_run_where_its_condition_holds(
        string scenario, string lane, BreakpointKind kind, double? value, string? token)
    {
        var spec = ScenarioSource.Load(scenario).Spec!;
        var fired = 0;
        for (var seed = 0L; seed < Seeds; seed++)
        {
            var options = new SessionOptions { Seed = seed };
            var unbroken = new DebuggerSession(spec, options).Execute(new ContinueCommand(lane));
            var expected = FirstStep(unbroken, unbroken.Lane(lane), kind, value ?? 0, token);

            var session = new DebuggerSession(spec, options);
            session.Execute(new AddBreakpointCommand(kind, value, token, lane));
            var stopped = session.Execute(new ContinueCommand(lane));
            Assert.Equal(expected, stopped.Hit?.T);
            Assert.Equal(expected ?? unbroken.Lane(lane).T, stopped.Lane(lane).T);
            Assert.Equal(unbroken.Lane(lane).Steps.Take(stopped.Lane(lane).T).Select(Signature), stopped.Lane(lane).Steps.Select(Signature));
            fired += expected is null ? 0 : 1;
        }

        // Closed forms: these fire on every seed, at a known step.
        switch ((lane, kind))
        {
            case ("d4", BreakpointKind.TokenErrorAbove or BreakpointKind.OffManifoldAbove):
                Assert.Equal(Seeds, fired);
                Assert.Equal(1, Stop(spec, kind, value, token, lane));
                break;
            case ("spec", BreakpointKind.TokenErrorAbove):
                Assert.Equal(Seeds, fired);
                Assert.Equal(1, Stop(spec, kind, value, token, lane));
                break;
            case ("spec", BreakpointKind.OffManifoldAbove):
                Assert.Equal(Seeds, fired);
                Assert.Equal(6, Stop(spec, kind, value, token, lane));
                break;
            default:
                Assert.True(fired > 0, $"{kind} never fired on {lane} in {Seeds} seeds");
                break;
        }
    }

    /// <summary>The first step (lane time) of a finished run at which the breakpoint's condition holds, or null.</summary>
    private static int? FirstStep(SessionSnapshot snapshot, LaneSnapshot lane, BreakpointKind kind, double threshold, string? token)
    {
        var exact = lane.OffManifold.Exact!;
        var tokenId = token is null ? -1 : Enumerable.Range(0, snapshot.Scenario.Vocabulary.Count).Single(id => snapshot.TokenText(id) == token);
        for (var t = 1; t <= lane.T; t++)
        {
            StepRecord step = lane.Steps[t - 1], previous = t > 1 ? lane.Steps[t - 2] : null!;
            var holds = kind switch
            {
                BreakpointKind.OffManifold => !step.OnManifold && (t == 1 || previous.OnManifold),
                BreakpointKind.TokenErrorAbove => step.TokenError > threshold,
                BreakpointKind.PathOffAbove => step.PathOff > threshold && (t == 1 || previous.PathOff <= threshold),
                BreakpointKind.OffManifoldAbove => exact.At(t) > threshold && (t == 1 || exact.At(t - 1) <= threshold),
                BreakpointKind.Position => step.Writes.Any(w => w.Position == (int)threshold),
                BreakpointKind.Token => step.Writes.Any(w => w.Token == tokenId),
                _ => throw new ArgumentOutOfRangeException(nameof(kind)),
            };
            if (holds)
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>What a step did, comparable by value (the records hold arrays).</summary>
    private static string Signature(StepRecord step) =>
        FormattableString.Invariant($"{step.T} {step.Token} {step.OnManifold} {step.TokenError} {step.PathOff} {string.Join(',', step.Writes)}");

    private static int Stop(ScenarioSpec spec, BreakpointKind kind, double? value, string? token, string lane)
    {
        var session = new DebuggerSession(spec);
        session.Execute(new AddBreakpointCommand(kind, value, token, lane));
        return session.Execute(new ContinueCommand(lane)).Hit!.T;
    }
}
