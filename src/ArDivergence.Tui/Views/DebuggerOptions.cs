using ArDivergence.Core.Debugging;
using ArDivergence.Tui.Recording;
using ArDivergence.Tui.Verbs;

namespace ArDivergence.Tui.Views;

/// <summary>How the debugger behaves beyond what <see cref="TuiLaunch"/> says (tests change these).</summary>
internal sealed record DebuggerOptions
{
    /// <summary>NO_COLOR: no colours at all; symbols and text styles still tell valid from invalid.</summary>
    public bool NoColor { get; init; }

    /// <summary>Monte Carlo runs per lane where exact off_manifold is out of reach: as many as `ardiv run`, so the numbers agree.</summary>
    public int MonteCarloSamples { get; init; } = RunVerb.DefaultMonteCarloSamples;

    /// <summary>Options of every session the UI opens (e.g. the exact state limit); the launch seed applies to the first only.</summary>
    public SessionOptions SessionOptions { get; init; } = new() { Models = Cli.ModelFiles.Provider };

    /// <summary>Folders whose .yaml files the scenario browser lists (default: the current folder and ./scenarios).</summary>
    public IReadOnlyList<string> BrowseFolders { get; init; } = [".", "scenarios"];

    /// <summary>The folder relative paths in the open-file dialog start from.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>Where `e` writes the charts; null: beside the session's recording (tests set a folder).</summary>
    public string? ExportFolder { get; init; }

    /// <summary>Makes the recorder of each session opened after the first.</summary>
    public Func<SessionStartInfo, ISessionRecorder> RecorderFactory { get; init; } = _ => NullSessionRecorder.Instance;

    /// <summary>How long work must run before the busy indicator shows (avoids flicker on quick steps).</summary>
    public TimeSpan BusyIndicatorDelay { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>
    /// Fault injection for the terminal end-to-end test (environment variable ARDIV_FAIL_ON_KEY): pressing
    /// this key throws inside the UI loop, to show that an unexpected exception still restores the terminal.
    /// </summary>
    public string? FailOnKey { get; init; }

    /// <summary>The clock of the busy indicator and of progress throttling (never of the simulation).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Milliseconds on <see cref="Time"/>'s monotonic clock.</summary>
    public long NowMilliseconds() => (long)Time.GetElapsedTime(0).TotalMilliseconds;

    public static bool NoColorRequested() => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}
