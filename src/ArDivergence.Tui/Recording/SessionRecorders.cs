using System.Globalization;

namespace ArDivergence.Tui.Recording;

/// <summary>Where sessions are recorded.</summary>
public static class SessionRecorders
{
    /// <summary>Records to a file the user named (<c>--log PATH</c>).</summary>
    public static ISessionRecorder ToFile(string path) => ToFile(path, TimeProvider.System);

    public static ISessionRecorder ToFile(string path, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(path);
        return SerilogSessionRecorder.Open(path, time);
    }

    /// <summary>Records a headless run: every step with its exact off_manifold (nothing waits on it).</summary>
    public static ISessionRecorder ForRun(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return SerilogSessionRecorder.Open(path, TimeProvider.System, computeOffManifold: true);
    }

    /// <summary>
    /// The terminal UI's default: a timestamped file under $XDG_STATE_HOME/ardiv/sessions/
    /// (else ~/.local/state/ardiv/sessions/).
    /// </summary>
    public static ISessionRecorder ToStateFolder(SessionStartInfo info) =>
        ToStateFolder(info, TimeProvider.System, Environment.GetEnvironmentVariable);

    public static ISessionRecorder ToStateFolder(SessionStartInfo info, TimeProvider time, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(environment);
        var folder = SessionFolder(environment);
        if (folder is null)
        {
            return new NullSessionRecorder("no home or XDG_STATE_HOME folder to record the session in; the session goes on unrecorded");
        }

        var name = Path.GetFileNameWithoutExtension(info.ScenarioPath.Replace(':', '-'));
        var stamp = time.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var path = Path.Combine(folder, $"{stamp}-{name}.clef");
        for (var n = 2; File.Exists(path); n++)
        {
            path = Path.Combine(folder, $"{stamp}-{name}-{n}.clef");
        }

        return SerilogSessionRecorder.Open(path, time);
    }

    /// <summary>$XDG_STATE_HOME/ardiv/sessions, else $HOME/.local/state/ardiv/sessions.</summary>
    public static string? SessionFolder(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var state = environment("XDG_STATE_HOME");
        if (string.IsNullOrWhiteSpace(state) || !Path.IsPathRooted(state))
        {
            var home = environment("HOME");
            if (string.IsNullOrWhiteSpace(home))
            {
                return null;
            }

            state = Path.Combine(home, ".local", "state");
        }

        return Path.Combine(state, "ardiv", "sessions");
    }
}
