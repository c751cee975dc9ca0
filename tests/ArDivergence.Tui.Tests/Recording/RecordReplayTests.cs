using System.Text.Json;
using ArDivergence.Core.Debugging;
using ArDivergence.Core.Specs;
using ArDivergence.Scenarios;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Recording;
using ArDivergence.Tui.Tests.Verbs;

namespace ArDivergence.Tui.Tests.Recording;

/// <summary>Sessions recorded by `run --log` or through a driver replay to identical numbers; tampering is caught.</summary>
public class RecordReplayTests
{
    public static TheoryData<string> Names() => [.. ShippedScenarios.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void A_run_recorded_with_log_replays_with_every_step_agreeing(string name)
    {
        using var folder = new TempFolder();
        var log = folder.File("run.clef");
        var (exit, _, error) = CliRunner.Run("run", name, "--log", log, "--format", "csv", "--samples", ShippedSamples.Argument(name, 500));
        Assert.True(exit == 0, error);
        var (replayExit, output, replayError) = CliRunner.Run("replay", log);
        Assert.True(replayExit == 0, replayError);
        Assert.Contains($"all {StepsToTheEnd(name)} recorded steps agree", output);
    }

    [Fact]
    public void Forcing_stepping_back_seeds_and_breakpoints_replay_exactly()
    {
        using var folder = new TempFolder();
        var log = folder.File("session.clef");
        var source = ScenarioSource.Load("is-ar-doomed");
        var session = new DebuggerSession(source.Spec!);
        using (var driver = new SessionDriver(session, new SessionStartInfo(source.Path, source.Hash, session.Scenario.Seed, null, null), SessionRecorders.ToFile(log)))
        {
            driver.Execute(new StepCommand());
            driver.Execute(new StepCommand());
            driver.Execute(new ForceTokenCommand("one-shot", 2, "x"));
            driver.Execute(new StepCommand("mpc"));
            driver.Execute(new StepBackCommand());
            driver.Execute(new AddBreakpointCommand(BreakpointKind.PathOffAbove, 0.05, Lane: "ar"));
            driver.Execute(new ContinueCommand());
            driver.Execute(new ForceTokenCommand("ar", 1, "nonsense-token"));
            driver.Execute(new SetSeedCommand(99));
            driver.Execute(new StepCommand());
            driver.Execute(new ResetCommand());
            driver.Execute(new StepCommand());
        }

        var (exit, output, error) = CliRunner.Run("replay", log);
        Assert.True(exit == 0, error);
        Assert.Contains("12 commands", output);
    }

    [Fact]
    public void Showing_another_trace_is_recorded_with_the_trace_shown_and_replays_exactly()
    {
        using var folder = new TempFolder();
        var log = folder.File("traces.clef");
        var source = ScenarioSource.Load("capital-traces");
        var session = new DebuggerSession(source.Spec!);
        var lane = session.Snapshot.Lanes[0].Name;
        using (var driver = new SessionDriver(session, new SessionStartInfo(source.Path, source.Hash, session.Scenario.Seed, null, null), SessionRecorders.ToFile(log)))
        {
            driver.Execute(new StepCommand());
            driver.Execute(new ShowTraceCommand(lane));
            driver.Execute(new StepCommand());
            driver.Execute(new ShowTraceCommand(lane));
            driver.Execute(new ContinueCommand());
        }

        var text = File.ReadAllText(log);
        Assert.Contains("\"Command\":\"show_trace\"", text, StringComparison.Ordinal);
        Assert.Contains("\"Index\":2", text, StringComparison.Ordinal);
        var (exit, output, error) = CliRunner.Run("replay", log);
        Assert.True(exit == 0, error);
        Assert.Contains("5 commands", output);
    }

    [Fact]
    public void Show_trace_reads_back_from_its_properties()
    {
        var command = new ShowTraceCommand("hosted", 3);
        var json = JsonSerializer.SerializeToElement(CommandCodec.ToProperties(command).ToDictionary(p => p.Name, p => p.Value));

        Assert.Equal(command, CommandCodec.FromJson(json, out var problem));
        Assert.Null(problem);
        Assert.Equal("show_trace lane=hosted index=3", CommandCodec.Describe(command));
    }

    [Fact]
    public void A_cancelled_continue_is_recorded_where_it_stopped_and_replays_there()
    {
        using var folder = new TempFolder();
        var log = folder.File("cancelled.clef");
        var source = ScenarioSource.Load("lecun-iid");
        var session = new DebuggerSession(source.Spec!);
        using (var cancel = new CancellationTokenSource())
        using (var driver = new SessionDriver(session, new SessionStartInfo(source.Path, source.Hash, session.Scenario.Seed, null, null), SessionRecorders.ToFile(log)))
        {
            // Cancel once the continue has reached t = 5 (it checks before each round).
            var stopped = driver.Execute(new ContinueCommand(), new InlineProgress(t => { if (t >= 5) { cancel.Cancel(); } }), cancel.Token);
            Assert.Equal(5, stopped.T);
            driver.Execute(new StepCommand());
        }

        Assert.Contains("\"Rounds\":5", File.ReadAllText(log), StringComparison.Ordinal);
        var (exit, output, error) = CliRunner.Run("replay", log);
        Assert.True(exit == 0, error);
        Assert.Contains("all 18 recorded steps agree", output);
    }

    [Fact]
    public void A_tampered_off_manifold_is_caught()
    {
        using var folder = new TempFolder();
        var log = folder.File("run.clef");
        CliRunner.Run("run", "lecun-iid", "--steps", "3", "--log", log, "--format", "csv");
        var text = File.ReadAllText(log);
        Assert.Contains("\"OffManifold\":0.01,", text, StringComparison.Ordinal);
        File.WriteAllText(log, text.Replace("\"OffManifold\":0.01,", "\"OffManifold\":0.02,", StringComparison.Ordinal));
        var (exit, _, error) = CliRunner.Run("replay", log);
        Assert.Equal(1, exit);
        Assert.Contains("OffManifold recorded 0.02", error);
    }

    [Fact]
    public void A_tampered_token_gives_exit_1_naming_its_event()
    {
        using var folder = new TempFolder();
        var log = folder.File("run.clef");
        CliRunner.Run("run", "lecun-iid", "--steps", "20", "--log", log, "--format", "csv");
        var lines = File.ReadAllLines(log);
        var index = Array.FindIndex(lines, l => l.Contains("\"Event\":\"Step\"", StringComparison.Ordinal) && l.Contains("\"T\":7,", StringComparison.Ordinal));
        using (var step = JsonDocument.Parse(lines[index]))
        {
            var token = step.RootElement.GetProperty("Token").GetString();
            var other = token == "a" ? "b" : "a";
            lines[index] = lines[index].Replace($"\"Token\":\"{token}\"", $"\"Token\":\"{other}\"", StringComparison.Ordinal);
        }

        File.WriteAllLines(log, lines);
        var (exit, _, error) = CliRunner.Run("replay", log);
        Assert.Equal(1, exit);
        Assert.Contains($"event {index + 1} (line {index + 1})", error);
        Assert.Contains("t = 7", error);
        Assert.Contains("Token recorded", error);
    }

    [Fact]
    public void A_tampered_number_is_caught_too()
    {
        using var folder = new TempFolder();
        var log = folder.File("run.clef");
        CliRunner.Run("run", "lecun-iid", "--steps", "5", "--log", log, "--format", "csv");
        var text = File.ReadAllText(log);
        var tampered = text.Replace("\"TokenError\":0.01,", "\"TokenError\":0.011,", StringComparison.Ordinal);
        Assert.NotEqual(text, tampered);
        File.WriteAllText(log, tampered);
        var (exit, _, error) = CliRunner.Run("replay", log);
        Assert.Equal(1, exit);
        Assert.Contains("TokenError recorded 0.011", error);
    }

    [Fact]
    public void A_log_from_before_flops_discarded_still_replays_and_a_tampered_one_is_caught()
    {
        using var folder = new TempFolder();
        var log = folder.File("run.clef");
        CliRunner.Run("run", "is-ar-doomed", "--steps", "4", "--log", log, "--format", "csv");
        var text = File.ReadAllText(log);
        var older = System.Text.RegularExpressions.Regex.Replace(text, "\"FlopsDiscarded\":[^,}]*,?", "");
        Assert.NotEqual(text, older);
        File.WriteAllText(log, older);
        var (exit, _, error) = CliRunner.Run("replay", log);
        Assert.True(exit == 0, error);

        var tampered = System.Text.RegularExpressions.Regex.Replace(text, "\"FlopsDiscarded\":[1-9][0-9]*", "\"FlopsDiscarded\":7");
        Assert.NotEqual(text, tampered);
        File.WriteAllText(log, tampered);
        (exit, _, error) = CliRunner.Run("replay", log);
        Assert.Equal(1, exit);
        Assert.Contains("FlopsDiscarded recorded 7", error);
    }

    [Fact]
    public void A_log_cut_short_by_a_killed_process_still_replays()
    {
        using var folder = new TempFolder();
        var log = folder.File("run.clef");
        CliRunner.Run("run", "danke-schoen", "--log", log, "--format", "csv");
        var bytes = File.ReadAllBytes(log);
        File.WriteAllBytes(log, bytes[..(bytes.Length - 40)]);
        var (exit, output, error) = CliRunner.Run("replay", log);
        Assert.True(exit == 0, error);
        Assert.Contains("cut short", output);
    }

    [Fact]
    public void A_log_that_is_not_a_session_log_exits_2()
    {
        using var folder = new TempFolder();
        var log = folder.File("junk.clef");
        File.WriteAllText(log, "{\"Event\":\"SessionStarted\"}\nthis is not json\n{\"Event\":\"SessionEnded\"}\n");
        var (exit, _, error) = CliRunner.Run("replay", log);
        Assert.Equal(2, exit);
        Assert.Contains(":2: not JSON", error);
        Assert.Equal(2, CliRunner.Run("replay", folder.File("missing.clef")).Exit);
    }

    [Fact]
    public void A_changed_scenario_file_is_refused_unless_named_with_scenario()
    {
        using var folder = new TempFolder();
        var scenario = folder.File("s.yaml");
        File.WriteAllText(scenario, ShippedScenarios.Find("danke-schoen")!.Text);
        var log = folder.File("run.clef");
        CliRunner.Run("run", scenario, "--log", log, "--format", "csv");
        File.AppendAllText(scenario, "\n# edited\n");
        var (exit, _, error) = CliRunner.Run("replay", log);
        Assert.Equal(2, exit);
        Assert.Contains("has changed since the session was recorded", error);
        Assert.Equal(0, CliRunner.Run("replay", log, "--scenario", scenario).Exit);
    }

    [Fact]
    public void An_unwritable_log_folder_gives_a_warning_and_the_run_goes_on()
    {
        using var folder = new TempFolder();
        var blocker = folder.File("not-a-folder");
        File.WriteAllText(blocker, "a file where a folder should be");
        var (exit, output, error) = CliRunner.Run("run", "danke-schoen", "--log", Path.Combine(blocker, "run.clef"), "--format", "csv");
        Assert.Equal(0, exit);
        Assert.Contains("warning: cannot record the session", error);
        Assert.StartsWith("lane,kind,t", output);
    }

    [Fact]
    public void Every_event_is_on_disk_as_soon_as_it_is_written()
    {
        using var folder = new TempFolder();
        var log = folder.File("live.clef");
        var source = ScenarioSource.Load("lecun-iid");
        var session = new DebuggerSession(source.Spec!);
        using var driver = new SessionDriver(session, new SessionStartInfo(source.Path, source.Hash, 1, null, null), SessionRecorders.ToFile(log));
        driver.Execute(new StepCommand());
        using var reader = new StreamReader(new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 1 + 3, lines.Length);
    }

    [Fact]
    public void The_default_folder_follows_xdg_state_home_else_home()
    {
        Assert.Equal("/x/state/ardiv/sessions", SessionRecorders.SessionFolder(n => n == "XDG_STATE_HOME" ? "/x/state" : "/home/u"));
        Assert.Equal("/home/u/.local/state/ardiv/sessions", SessionRecorders.SessionFolder(n => n == "HOME" ? "/home/u" : null));
        Assert.Null(SessionRecorders.SessionFolder(_ => null));
    }

    private sealed class InlineProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    /// <summary>The steps of every lane run to its end (L for lanes that write one token a step, S for a diffusion lane).</summary>
    private static int StepsToTheEnd(string name)
    {
        var session = ShippedSessions.Open(name);
        var snapshot = session.Snapshot;
        while (!snapshot.Finished)
        {
            snapshot = session.Execute(new StepCommand());
        }

        return snapshot.Lanes.Sum(l => l.Steps.Count);
    }
}
