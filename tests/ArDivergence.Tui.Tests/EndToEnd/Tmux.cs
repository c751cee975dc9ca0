using System.Diagnostics;

namespace ArDivergence.Tui.Tests.EndToEnd;

/// <summary>A tmux server on a private socket (never the user's), killed on dispose.</summary>
internal sealed class Tmux : IDisposable
{
    private static readonly Lazy<string?> Version = new(() =>
    {
        try
        {
            var (code, output) = RunProcess("tmux", ["-V"], TimeSpan.FromSeconds(10));
            return code == 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    });

    public Tmux()
    {
        Socket = $"ardiv-e2e-{Guid.NewGuid():N}";
    }

    /// <summary>"tmux 3.3a", or null when tmux is not installed.</summary>
    public static string? Available => Version.Value;

    public string Socket { get; }

    /// <summary>Runs a tmux command on the private socket; throws when it fails.</summary>
    public string Run(params string[] arguments)
    {
        var (code, output) = RunProcess("tmux", ["-L", Socket, .. arguments], TimeSpan.FromSeconds(10));
        if (code != 0)
        {
            throw new InvalidOperationException($"tmux {string.Join(' ', arguments)} failed ({code}): {output}");
        }

        return output;
    }

    /// <summary>The pane's text, one string per row.</summary>
    public string[] Capture(string target) => Run("capture-pane", "-p", "-t", target).TrimEnd('\n').Split('\n');

    public void Keys(string target, params string[] keys) => Run(["send-keys", "-t", target, .. keys]);

    /// <summary>Polls the pane until <paramref name="done"/> holds for its text; returns the last capture.</summary>
    public string[] WaitFor(string target, Func<string[], bool> done, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        string[] screen;
        while (true)
        {
            screen = Capture(target);
            if (done(screen))
            {
                return screen;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"timed out waiting for {what}; the screen was:\n{string.Join('\n', screen)}");
            }

            Thread.Sleep(100);
        }
    }

    public void Dispose()
    {
        try
        {
            var (_, path) = RunProcess("tmux", ["-L", Socket, "display-message", "-p", "#{socket_path}"], TimeSpan.FromSeconds(10));
            RunProcess("tmux", ["-L", Socket, "kill-server"], TimeSpan.FromSeconds(10));
            path = path.Trim();
            if (path.EndsWith(Socket, StringComparison.Ordinal) && File.Exists(path))
            {
                File.Delete(path);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or IOException or UnauthorizedAccessException)
        {
        }
    }

    public static (int Code, string Output) RunProcess(string file, IReadOnlyList<string> arguments, TimeSpan timeout, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} did not finish in {timeout}");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}

/// <summary>A fact that is skipped, saying why, when tmux is not installed (CI installs it).</summary>
public sealed class TmuxFactAttribute : FactAttribute
{
    public TmuxFactAttribute()
    {
        if (Tmux.Available is null)
        {
            Skip = "tmux is not installed: the end-to-end test drives the real executable in tmux (CI installs it; apt-get install tmux)";
        }
    }
}
