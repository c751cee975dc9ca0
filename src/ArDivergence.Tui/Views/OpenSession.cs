using ArDivergence.Core.Debugging;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Recording;

namespace ArDivergence.Tui.Views;

/// <summary>
/// A scenario open in the debugger: its source, the driver that runs (and records) its session, and
/// the latest snapshot. Only the session worker calls <see cref="Driver"/>; the UI reads
/// <see cref="Snapshot"/>, which the worker's results replace.
/// </summary>
internal sealed class OpenSession
{
    private OpenSession(ScenarioSource source, SessionDriver driver)
    {
        Source = source;
        Driver = driver;
        Snapshot = driver.Snapshot;
        RecordingLocation = driver.Recorder.Location;
        RecordingWarning = driver.Recorder.Warning;
    }

    public ScenarioSource Source { get; }

    public SessionDriver Driver { get; }

    public SessionSnapshot Snapshot { get; set; }

    public string? RecordingLocation { get; }

    public string? RecordingWarning { get; }

    /// <summary>
    /// Compiles the scenario, starts its recorder (<paramref name="recorders"/>, as the launch says) and
    /// its driver. Throws what the core throws for a scenario that cannot run.
    /// </summary>
    /// <param name="models">`--model LANE=PATH` overrides (the first scenario only).</param>
    public static OpenSession Open(
        ScenarioSource source, SessionOptions options, Func<SessionStartInfo, ISessionRecorder> recorders, IReadOnlyList<string>? models = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(recorders);
        var loaded = source.Spec ?? throw new InvalidOperationException($"{source.Path} did not load");
        var spec = ModelFiles.Resolve(loaded, source.Path, models, out var problem)
            ?? throw new ArDivergence.Core.Models.ModelLoadException(problem!);
        var session = new DebuggerSession(spec, options);
        var info = new SessionStartInfo(source.Path, source.Hash, session.Scenario.Seed, null, null);
        var recorder = recorders(info);
        try
        {
            return new OpenSession(source, new SessionDriver(session, info, recorder));
        }
        catch
        {
            recorder.Dispose();
            throw;
        }
    }
}
