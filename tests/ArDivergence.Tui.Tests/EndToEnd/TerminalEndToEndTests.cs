using System.Text.Json;
using System.Text.RegularExpressions;
using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Tests.EndToEnd;

/// <summary>
/// The real `ardiv` executable in a real (tmux) terminal: it starts, steps, shows the numbers
/// `ardiv run` prints, survives resizes, quits with 0 and leaves the terminal mode as it found it.
/// </summary>
public partial class TerminalEndToEndTests
{
    private const string Scenario = "is-ar-doomed";
    private const string Pane = "e2e";

    [TmuxFact]
    public void Steps_shows_the_run_numbers_resizes_and_quits_restoring_the_terminal()
    {
        using var folder = new Views.TempFolder();

        // What `ardiv run` says about the same scenario and seed after three steps.
        var (runCode, json) = Tmux.RunProcess(Dotnet, [Dll, "run", Scenario, "--steps", "3", "--format", "json"], TimeSpan.FromSeconds(60), folder.Path);
        Assert.True(runCode == 0, json);
        var expected = Expected(json, "ar", 3);

        using var tmux = new Tmux();
        var launched = Launch(tmux, folder, null, "--no-log");
        tmux.Keys(Pane, "F10");
        tmux.WaitFor(Pane, s => s[0].Contains("t 1/60", StringComparison.Ordinal), "step 1");
        tmux.Keys(Pane, "n");
        tmux.Keys(Pane, "n");
        var screen = tmux.WaitFor(Pane, s => s[0].Contains("t 3/60", StringComparison.Ordinal) && CursorRow(s, 3) is not null, "step 3");
        Assert.Equal(expected, Metrics(CursorRow(screen, 3)!));

        tmux.Run("resize-window", "-t", Pane, "-x", "80", "-y", "24");
        screen = tmux.WaitFor(Pane, s => s.Length == 24 && s[0].Contains("t 3/60", StringComparison.Ordinal) && CursorRow(s, 3) is not null && s[^1].Contains("quit", StringComparison.Ordinal), "the 80×24 frame");
        Assert.Equal(expected, Metrics(CursorRow(screen, 3)!));

        tmux.Run("resize-window", "-t", Pane, "-x", "120", "-y", "40");
        screen = tmux.WaitFor(Pane, s => s.Length == 40 && s.Any(l => l.Contains("Compute · totals", StringComparison.Ordinal)) && CursorRow(s, 3) is not null, "the 120×40 frame with every pane");
        Assert.Equal(expected, Metrics(CursorRow(screen, 3)!));
        Assert.Contains(screen, l => l.Contains("off_manifold vs t", StringComparison.Ordinal));

        tmux.Keys(Pane, "q");
        var (exit, sttyBefore, sttyAfter) = WaitForExit(tmux, launched);
        Assert.Equal("0", exit);
        Assert.Equal(sttyBefore, sttyAfter);
    }

    [TmuxFact]
    public void Ctrl_c_quits_and_restores_the_terminal()
    {
        var (exit, sttyBefore, sttyAfter, _) = RunUntilExit(null, tmux => tmux.Keys(Pane, "C-c"));
        Assert.Equal("0", exit);
        Assert.Equal(sttyBefore, sttyAfter);
    }

    [TmuxFact]
    public void An_unexpected_exception_restores_the_terminal_says_one_line_and_keeps_the_log()
    {
        using var logs = new Views.TempFolder();
        var log = Path.Combine(logs.Path, "crash.clef");
        var (exit, sttyBefore, sttyAfter, screen) = RunUntilExit(
            ("ARDIV_FAIL_ON_KEY", "z"),
            tmux => tmux.Keys(Pane, "z"),
            $"--log {Quote(log)}");
        Assert.Equal("1", exit);
        Assert.Equal(sttyBefore, sttyAfter);
        Assert.Contains(screen, l => l.Contains("ardiv: error: injected failure on key z", StringComparison.Ordinal));
        Assert.DoesNotContain(screen, l => l.Contains("   at ", StringComparison.Ordinal));
        var events = File.ReadAllLines(log);
        Assert.Contains(events, e => e.Contains("\"Event\":\"Step\"", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Contains("\"Event\":\"Error\"", StringComparison.Ordinal));
        Assert.Contains("\"Event\":\"SessionEnded\"", events[^1], StringComparison.Ordinal);
    }

    private static string Dll
    {
        get
        {
            var dll = Path.Combine(AppContext.BaseDirectory, "ardiv.dll");
            Assert.True(File.Exists(dll), $"{dll} is missing (the test project references the Tui project, which copies it)");
            return dll;
        }
    }

    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>
    /// Starts ardiv in tmux, steps once, does <paramref name="finish"/>, and returns its exit code, the
    /// terminal mode before and after, and the screen after it exited.
    /// </summary>
    private static (string Exit, string SttyBefore, string SttyAfter, string[] Screen) RunUntilExit(
        (string Name, string Value)? environment, Action<Tmux> finish, string arguments = "--no-log")
    {
        using var folder = new Views.TempFolder();
        using var tmux = new Tmux();
        var launched = Launch(tmux, folder, environment, arguments);
        tmux.Keys(Pane, "n");
        tmux.WaitFor(Pane, s => s[0].Contains("t 1/60", StringComparison.Ordinal), "step 1");
        finish(tmux);
        var (exit, before, after) = WaitForExit(tmux, launched);
        return (exit, before, after, tmux.Capture(Pane));
    }

    /// <summary>Starts ardiv in a shell that saves `stty -g` before and after and its exit code; waits for the first frame.</summary>
    private static (string Before, string After, string Exit) Launch(Tmux tmux, Views.TempFolder folder, (string Name, string Value)? environment, string arguments)
    {
        var paths = (Before: Path.Combine(folder.Path, "stty.before"), After: Path.Combine(folder.Path, "stty.after"), Exit: Path.Combine(folder.Path, "exit"));
        var variable = environment is { } e ? $"{e.Name}={Quote(e.Value)} " : "";
        var script = string.Join(
            "; ",
            "unset DisableRealDriverIO",
            $"stty -g > {Quote(paths.Before)}",
            $"{variable}{Quote(Dotnet)} {Quote(Dll)} {arguments}",
            $"echo $? > {Quote(paths.Exit)}.tmp",
            $"stty -g > {Quote(paths.After)}",
            $"mv {Quote(paths.Exit)}.tmp {Quote(paths.Exit)}",
            "sleep 60");
        tmux.Run("new-session", "-d", "-s", Pane, "-x", "100", "-y", "30", "-c", folder.Path, "sh", "-c", script);
        tmux.WaitFor(Pane, s => s[0].Contains(Scenario, StringComparison.Ordinal) && s[^1].Contains("F10/n step", StringComparison.Ordinal), "the first frame");
        return paths;
    }

    /// <summary>Waits (up to 15 s) for ardiv to exit; its exit code and the terminal mode before and after.</summary>
    private static (string Exit, string Before, string After) WaitForExit(Tmux tmux, (string Before, string After, string Exit) launched)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!File.Exists(launched.Exit) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(100);
        }

        Assert.True(File.Exists(launched.Exit), "ardiv did not exit:\n" + string.Join('\n', tmux.Capture(Pane)));
        return (File.ReadAllText(launched.Exit).Trim(), File.ReadAllText(launched.Before), File.ReadAllText(launched.After));
    }

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>The step table row under the cursor (▸) at t, or null.</summary>
    private static string? CursorRow(string[] screen, int t) =>
        screen.SkipWhile(l => !l.Contains("─ Steps · ", StringComparison.Ordinal)).FirstOrDefault(l => Regex.IsMatch(l, $@"^.▸\s*{t}\s"));

    /// <summary>token_error, path_off, off_manifold and lecun_naive cells of a table row.</summary>
    private static string[] Metrics(string row) =>
        Views.Expected.Cells(Words().Split(row.Replace("▸", " ", StringComparison.Ordinal).Trim()), Views.Expected.MetricKeys);

    private static string[] Expected(string json, string lane, int t)
    {
        using var document = JsonDocument.Parse(json);
        var step = document.RootElement.GetProperty("lanes").EnumerateArray()
            .Single(l => l.GetProperty("name").GetString() == lane)
            .GetProperty("steps").EnumerateArray()
            .Single(s => s.GetProperty("t").GetInt32() == t);
        Assert.True(step.GetProperty("off_manifold_exact").GetBoolean());
        return
        [
            Units.Probability(step.GetProperty("token_error").GetDouble()),
            Units.Probability(step.GetProperty("path_off").GetDouble()),
            Units.Probability(step.GetProperty("off_manifold").GetDouble()),
            Units.Probability(step.GetProperty("lecun_naive").GetDouble()),
        ];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Words();
}
