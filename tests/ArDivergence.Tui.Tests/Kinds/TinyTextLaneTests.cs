using System.Globalization;
using ArDivergence.Core.Debugging;
using ArDivergence.Core.Metrics;
using ArDivergence.Scenarios;
using ArDivergence.Scenarios.Kinds;
using ArDivergence.Tui.Output;
using ArDivergence.Tui.Recording;
using TempFolder = ArDivergence.Tui.Tests.Recording.TempFolder;

namespace ArDivergence.Tui.Tests.Kinds;

/// <summary>
/// Text manifolds end to end with a lane that has its own tokenizer (<see cref="TinyTextKind"/>): its
/// token errors, its exact off_manifold and those of an mpc lane over it equal brute force over every
/// token sequence of the tiny vocabulary (multi-byte characters, end-of-text, the budget at t = L); a
/// lane that stops at end-of-text is finished early; outputs show its own tokens; a session replays.
/// </summary>
public sealed class TinyTextLaneTests
{
    private const double Tolerance = 1e-12;

    private static readonly ScenarioFormat Format = ScenarioFormat.BuiltIn.With(new TinyTextKind());

    [Theory]
    [InlineData("(ab|é)+", 4)]
    [InlineData("a?é{1,2}b", 3)]
    [InlineData("[^a]{2}", 3)]
    [InlineData("(a|b)*éжb", 4)]
    [InlineData(".b?", 2)]
    public void Exact_off_manifold_of_the_lane_and_of_mpc_over_it_equals_brute_force(string pattern, int length)
    {
        var session = Session(pattern, length);
        var brute = TextBruteForce.ForPattern(pattern, length).OffByStep();
        foreach (var name in new[] { "tiny", "plan" })
        {
            var exact = new ExactOffManifold(session.Scenario.Generator(name));
            for (var t = 1; t <= length; t++)
            {
                var value = exact.At(t)!.Value;
                Assert.True(Math.Abs(value - brute[t]) < Tolerance, $"/{pattern}/ {name} t={t}: dp {value} vs brute {brute[t]}");
            }
        }
    }

    [Theory]
    [InlineData("(ab|é)+", 4, 1)]
    [InlineData("(ab|é)+", 4, 2)]
    [InlineData("a?é{1,2}b", 3, 5)]
    [InlineData("[^a]{2}", 3, 9)]
    [InlineData(".*", 3, 4)]
    public void Every_steps_token_error_equals_brute_force_and_a_lane_ends_at_end_of_text(string pattern, int length, long seed)
    {
        var brute = TextBruteForce.ForPattern(pattern, length);
        for (var run = 0; run < 20; run++)
        {
            var snapshot = Session(pattern, length, seed * 100 + run).Execute(new ContinueCommand());
            foreach (var lane in snapshot.Lanes)
            {
                var text = new List<byte>();
                foreach (var step in lane.Steps)
                {
                    // Defined while the lane is on the manifold, i.e. before and at its first invalid step.
                    if (step.TokenError is { } error)
                    {
                        Assert.True(Math.Abs(error - brute.TokenError([.. text], step.T)) < Tolerance, $"/{pattern}/ {lane.Name} t={step.T}");
                    }

                    text.AddRange(TinyTextModel.Vocabulary.Bytes(step.Token).ToArray());
                }

                var endedEarly = lane.Tokens.Contains(TinyTextModel.EndOfText) && lane.Steps[^1].OnManifold;
                Assert.True(lane.Finished);
                Assert.Equal(endedEarly, lane.Ended);
                Assert.True(endedEarly ? lane.Tokens[^1] == TinyTextModel.EndOfText : lane.Tokens.Count == length || !lane.Steps.All(s => s.OnManifold));
            }
        }
    }

    [Fact]
    public void The_run_report_shows_the_lanes_own_tokens()
    {
        var snapshot = Session(".*", 4, seed: 1).Execute(new ContinueCommand());
        var lane = snapshot.Lane("tiny");
        var report = new RunReport(snapshot.Scenario.Name, snapshot.Seed, snapshot.Length, [.. snapshot.Lanes.Select(l => LaneRows.From(snapshot, l))]);
        var csv = report.Render(OutputFormat.Csv, indented: false);
        foreach (var token in lane.Tokens)
        {
            Assert.Contains(TinyTextModel.Vocabulary.Text(token), csv, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_recorded_session_replays_with_every_step_agreeing()
    {
        using var folder = new TempFolder();
        var path = folder.File("tiny.yaml");
        var log = folder.File("session.clef");
        File.WriteAllText(path, Scenario("(ab|é)+", 4, seed: 2));
        var source = ArDivergence.Tui.Cli.ScenarioSource.Load(path, Format);
        var session = new DebuggerSession(source.Spec!, new SessionOptions { Kinds = Format.Kinds });
        using (var driver = new SessionDriver(session, new SessionStartInfo(source.Path, source.Hash, session.Scenario.Seed, null, null), SessionRecorders.ToFile(log)))
        {
            driver.Execute(new StepCommand());
            driver.Execute(new ContinueCommand());
        }

        var replay = SessionReplayer.Replay(SessionLog.Read(log, out var problem), null, Format);
        Assert.Null(problem);
        Assert.Equal(ReplayVerdict.Agrees, replay.Verdict);
    }

    private static DebuggerSession Session(string pattern, int length, long seed = 0)
    {
        var result = ScenarioLoader.LoadText(Scenario(pattern, length, seed), "tiny.yaml", Format);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return new DebuggerSession(result.Spec!, new SessionOptions { Kinds = Format.Kinds });
    }

    private static string Scenario(string pattern, int length, long seed) => string.Create(CultureInfo.InvariantCulture, $"""
        name: tiny-text
        seed: {seed}
        length: {length}
        prompt: "Q: say it\nA:"
        manifold: {"{"}kind: regex, pattern: '{pattern}'{"}"}
        generators:
          - {"{"}name: tiny, kind: tiny_text{"}"}
          - {"{"}name: plan, kind: mpc, inner: tiny, commit: 1, horizon: 2{"}"}

        """);
}
