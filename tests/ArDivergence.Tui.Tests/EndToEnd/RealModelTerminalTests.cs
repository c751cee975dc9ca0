using System.Text.RegularExpressions;

namespace ArDivergence.Tui.Tests.EndToEnd;

/// <summary>
/// The README's real-model command, `ardiv tui real-model-planted`, in a real (tmux) terminal on a fresh machine: the
/// model is planted into the test run's empty cache (XDG_CACHE_HOME, inherited by tmux), the debugger steps the
/// real llama.cpp lanes beside their twin, quits with 0 and leaves the terminal mode as it found it.
/// </summary>
public partial class RealModelTerminalTests
{
    private const string Scenario = "real-model-planted";
    private const string Pane = "real";

    [TmuxFact]
    public void The_planted_scenario_opens_steps_the_real_lanes_and_quits_restoring_the_terminal()
    {
        using var folder = new Views.TempFolder();
        using var tmux = new Tmux();
        var exitFile = Path.Combine(folder.Path, "exit");
        var before = Path.Combine(folder.Path, "stty.before");
        var after = Path.Combine(folder.Path, "stty.after");
        var script = string.Join(
            "; ",
            "unset DisableRealDriverIO",
            $"stty -g > {Quote(before)}",
            $"{Quote(Dotnet)} {Quote(Dll)} tui {Scenario} --no-log",
            $"echo $? > {Quote(exitFile)}.tmp",
            $"stty -g > {Quote(after)}",
            $"mv {Quote(exitFile)}.tmp {Quote(exitFile)}",
            "sleep 60");
        tmux.Run("new-session", "-d", "-s", Pane, "-x", "120", "-y", "40", "-c", folder.Path, "sh", "-c", script);

        // Loading llama.cpp and planting the model come first: allow for a slow, shared machine.
        tmux.WaitFor(Pane, s => s[0].Contains(Scenario, StringComparison.Ordinal) && s[^1].Contains("F10/n step", StringComparison.Ordinal), "the first frame", TimeSpan.FromSeconds(60));
        tmux.Keys(Pane, "n");
        tmux.Keys(Pane, "n");
        tmux.Keys(Pane, "n");
        tmux.WaitFor(Pane, s => s[0].Contains("t 3/64", StringComparison.Ordinal), "step 3", TimeSpan.FromSeconds(60));

        // The real lane's step table: the twin's token error, 0.0100 (the planted weights reproduce it to 1e-6), and a
        // Monte Carlo off_manifold, marked (mc).
        tmux.Keys(Pane, "Tab");
        tmux.WaitFor(
            Pane,
            s => s.Any(l => l.Contains("─ Steps · real (autoregressive)", StringComparison.Ordinal))
                && s.Any(l => CursorRow().IsMatch(l) && l.Contains(" 0.0100 ", StringComparison.Ordinal) && l.Contains("(mc)", StringComparison.Ordinal)),
            "the real lane's step 3",
            TimeSpan.FromSeconds(30));
        Assert.Contains(Directory.GetFiles(Path.Combine(TestSetup.CacheHome, "ardiv", "models")), f => Path.GetFileName(f).StartsWith("real-model-planted-twin-", StringComparison.Ordinal));

        tmux.Keys(Pane, "q");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!File.Exists(exitFile) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(100);
        }

        Assert.True(File.Exists(exitFile), "ardiv did not exit:\n" + string.Join('\n', tmux.Capture(Pane)));
        Assert.Equal("0", File.ReadAllText(exitFile).Trim());
        Assert.Equal(File.ReadAllText(before), File.ReadAllText(after));
    }

    private static string Dll => Path.Combine(AppContext.BaseDirectory, "ardiv.dll");

    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>A step-table row under the cursor (▸) at t = 3.</summary>
    [GeneratedRegex(@"^.▸\s*3\s")]
    private static partial Regex CursorRow();
}
