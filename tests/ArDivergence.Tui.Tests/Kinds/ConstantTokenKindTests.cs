using ArDivergence.Core.Debugging;
using ArDivergence.Scenarios;
using ArDivergence.Scenarios.Kinds;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Output;
using ArDivergence.Tui.Recording;
using ArDivergence.Tui.Tests.Views;
using TempFolder = ArDivergence.Tui.Tests.Recording.TempFolder;

namespace ArDivergence.Tui.Tests.Kinds;

/// <summary>
/// A lane kind defined in this test project (<see cref="ConstantTokenKind"/>, one descriptor) and registered in a
/// format of its own goes through every part of ardiv — load, validate, run, render, replay — with no change to src/.
/// </summary>
public sealed class ConstantTokenKindTests
{
    private const string Scenario = """
        name: constant-lane
        seed: 7
        length: 4
        extra_tokens: [x]
        manifold: {kind: automaton, start: s, states: {s: [{token: a, to: s}, {token: b, to: s}]}}
        generators:
          - {name: const, kind: constant_token, token: b}
          - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0.1}}

        """;

    private static readonly ScenarioFormat Format = ScenarioFormat.BuiltIn.With(new ConstantTokenKind());

    [Fact]
    public void A_scenario_using_the_kind_loads_into_its_spec()
    {
        var result = ScenarioLoader.LoadText(Scenario, "constant.yaml", Format);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(new ConstantTokenGeneratorSpec("const", "b"), result.Spec!.Generators[0]);
    }

    [Fact]
    public void Bad_keys_of_the_kind_are_reported_at_their_file_positions()
    {
        var text = Scenario.Replace("token: b}", "tokn: b, model: {kind: joint}}", StringComparison.Ordinal);

        var result = ScenarioLoader.LoadText(text, "constant.yaml", Format);

        Assert.Equal(
            [
                "constant.yaml:7:5: error: missing required key 'token' in a constant_token generator",
                "constant.yaml:7:41: error: unknown key 'tokn' in a constant_token generator (did you mean 'token'?); allowed keys: name, kind, token",
                "constant.yaml:7:50: error: a constant_token generator takes no 'model': it always writes its 'token'",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void The_built_in_format_does_not_know_the_kind_registering_it_changed_no_one_else()
    {
        var result = ScenarioLoader.LoadText(Scenario, "constant.yaml");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(
            "constant.yaml:7:25: error: 'kind': unknown value 'constant_token'; expected one of autoregressive, non_autoregressive, mpc, masked_diffusion, speculative, trace",
            error.ToString());
    }

    [Fact]
    public void The_kinds_validation_runs_and_its_problems_have_file_positions()
    {
        var text = Scenario.Replace("token: b}", "token: z}", StringComparison.Ordinal) + "  - {name: m, kind: mpc, inner: const}\n";

        var result = ScenarioLoader.LoadText(text, "constant.yaml", Format);

        Assert.Equal(
            [
                "constant.yaml:7:48: error: token 'z' is not in the vocabulary",
                "constant.yaml:9:33: error: inner 'const' is a constant_token generator; mpc wraps an autoregressive or non_autoregressive generator",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_session_runs_the_lane_to_the_end_and_the_run_report_names_its_kind()
    {
        var spec = ScenarioLoader.LoadText(Scenario, "constant.yaml", Format).Spec!;
        var session = new DebuggerSession(spec, new SessionOptions { Kinds = Format.Kinds });

        var snapshot = session.Execute(new ContinueCommand());

        var lane = snapshot.Lanes[0];
        var b = session.Scenario.Vocabulary.IdOf("b");
        Assert.True(lane.Finished);
        Assert.Equal([b, b, b, b], lane.Tokens);
        Assert.All(lane.Steps, step => Assert.Equal(1.0, step.TokenProbability));
        var report = new RunReport(snapshot.Scenario.Name, snapshot.Seed, snapshot.Length, [.. snapshot.Lanes.Select(l => LaneRows.From(snapshot, l))]);
        Assert.Contains("{\"name\":\"const\",\"kind\":\"constant_token\",", report.Render(OutputFormat.Json, indented: false), StringComparison.Ordinal);
        Assert.Contains("const (constant_token)", report.Render(OutputFormat.Table, indented: false), StringComparison.Ordinal);
    }

    [Fact]
    public void The_debugger_screen_shows_the_lane_with_its_kind_label()
    {
        using var folder = new TempFolder();
        var path = folder.File("constant.yaml");
        File.WriteAllText(path, Scenario);

        using var tui = new TuiHarness(path, width: 120, height: 30, format: Format);

        Assert.Contains("Steps · const (constant_token)", tui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recorded_session_replays_with_every_step_agreeing()
    {
        using var folder = new TempFolder();
        var path = folder.File("constant.yaml");
        var log = folder.File("session.clef");
        File.WriteAllText(path, Scenario);
        var source = ScenarioSource.Load(path, Format);
        var session = new DebuggerSession(source.Spec!, new SessionOptions { Kinds = Format.Kinds });
        using (var driver = new SessionDriver(session, new SessionStartInfo(source.Path, source.Hash, session.Scenario.Seed, null, null), SessionRecorders.ToFile(log)))
        {
            driver.Execute(new StepCommand());
            driver.Execute(new StepCommand("const"));
            driver.Execute(new ContinueCommand());
        }

        var recorded = SessionLog.Read(log, out var problem);
        Assert.Null(problem);
        var replay = SessionReplayer.Replay(recorded, null, Format);
        var withoutTheKind = SessionReplayer.Replay(recorded, null);

        Assert.Equal(ReplayVerdict.Agrees, replay.Verdict);
        Assert.Equal(8, replay.Steps);
        Assert.Equal(ReplayVerdict.Unreadable, withoutTheKind.Verdict);
    }
}
