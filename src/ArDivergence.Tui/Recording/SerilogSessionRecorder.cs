using System.Reflection;
using ArDivergence.Core.Debugging;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Parsing;

namespace ArDivergence.Tui.Recording;

/// <summary>
/// Records a session as compact JSON (CLEF), one event per line, each written and flushed at once so a
/// killed process leaves a valid log up to its last event. Never throws: a failure becomes a warning.
/// </summary>
public sealed class SerilogSessionRecorder : ISessionRecorder
{
    private static readonly MessageTemplateParser Parser = new();
    private static readonly Dictionary<string, MessageTemplate> Templates = new()
    {
        [SessionEvents.SessionStarted] = Parser.Parse("Session started: {ScenarioPath} seed {Seed}"),
        [SessionEvents.Command] = Parser.Parse("{Command}"),
        [SessionEvents.CommandFailed] = Parser.Parse("{Command} failed: {Message}"),
        [SessionEvents.Step] = Parser.Parse("{Lane} t={T} {Token}"),
        [SessionEvents.BreakpointHit] = Parser.Parse("Breakpoint {Breakpoint} hit in {Lane} at t={T}"),
        [SessionEvents.Error] = Parser.Parse("{Message}"),
        [SessionEvents.SessionEnded] = Parser.Parse("Session ended"),
    };

    private readonly Logger _logger;
    private readonly TimeProvider _time;
    private readonly bool _computeOffManifold;

    private SerilogSessionRecorder(Logger logger, string location, TimeProvider time, bool computeOffManifold)
    {
        _logger = logger;
        Location = location;
        _time = time;
        _computeOffManifold = computeOffManifold;
    }

    public string? Location { get; }

    public string? Warning { get; private set; }

    /// <summary>The tool's version as recorded in logs.</summary>
    public static string ToolVersion { get; } =
        typeof(SerilogSessionRecorder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Opens <paramref name="path"/> for recording, or returns a recorder that only carries a warning.</summary>
    /// <param name="path">The log file (appended to).</param>
    /// <param name="time">The clock of the events' timestamps.</param>
    /// <param name="computeOffManifold">
    /// Compute exact off_manifold for every recorded step (headless runs); otherwise record it where it
    /// is already known, so a terminal session never waits for dynamic programming to record a step.
    /// </param>
    public static ISessionRecorder Open(string path, TimeProvider time, bool computeOffManifold = false)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            // Prove the file can be written before handing it to Serilog, whose sink fails silently.
            using (new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
            {
            }

            var logger = new LoggerConfiguration()
                .MinimumLevel.Verbose()
                .WriteTo.File(new CompactJsonFormatter(), path, buffered: false, fileSizeLimitBytes: null)
                .CreateLogger();
            return new SerilogSessionRecorder(logger, path, time, computeOffManifold);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new NullSessionRecorder($"cannot record the session to {path}: {ex.Message}; the session goes on unrecorded");
        }
    }

    public void SessionStarted(SessionStartInfo info, SessionSnapshot initial)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(initial);
        Write(LogEventLevel.Information, SessionEvents.SessionStarted,
        [
            ("ToolVersion", ToolVersion),
            ("ScenarioPath", info.ScenarioPath),
            ("ScenarioHash", info.ScenarioHash),
            ("Scenario", initial.Scenario.Name),
            ("Seed", info.Seed),
            ("Lanes", info.Lanes),
            ("TopK", info.TopK),
            ("LaneNames", initial.Lanes.Select(l => l.Name).ToArray()),
            ("Length", initial.Length),
        ]);
    }

    public void CommandExecuted(DebuggerCommand command, SessionSnapshot before, SessionSnapshot after)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(after);
        Write(LogEventLevel.Information, SessionEvents.Command, [.. CommandCodec.ToProperties(command), ("Message", after.Message)]);
        foreach (var (lane, step) in StepDiff.NewSteps(before, after))
        {
            Write(LogEventLevel.Information, SessionEvents.Step, StepFields.Of(after, lane, step, _computeOffManifold));
        }

        if (after.Hit is { } hit)
        {
            Write(LogEventLevel.Information, SessionEvents.BreakpointHit,
            [
                ("Breakpoint", hit.Breakpoint.Id),
                ("Kind", hit.Breakpoint.Kind.ToName()),
                ("Lane", hit.Lane),
                ("T", hit.T),
            ]);
        }
    }

    public void CommandFailed(DebuggerCommand command, string message)
    {
        ArgumentNullException.ThrowIfNull(command);
        Write(LogEventLevel.Warning, SessionEvents.CommandFailed, [.. CommandCodec.ToProperties(command), ("Message", message)]);
    }

    public void Error(string message) => Write(LogEventLevel.Error, SessionEvents.Error, [("Message", message)]);

    public void SessionEnded(SessionSnapshot last)
    {
        ArgumentNullException.ThrowIfNull(last);
        Write(LogEventLevel.Information, SessionEvents.SessionEnded, [("T", last.T)]);
    }

    public void Dispose() => _logger.Dispose();

    private void Write(LogEventLevel level, string kind, IEnumerable<(string Name, object? Value)> properties)
    {
        try
        {
            var all = new List<LogEventProperty> { new("Event", new ScalarValue(kind)) };
            all.AddRange(properties.Select(p => new LogEventProperty(p.Name, Value(p.Value))));
            _logger.Write(new LogEvent(_time.GetUtcNow(), level, null, Templates[kind], all));
        }
        catch (Exception ex)
        {
            Warning = $"recording failed: {ex.Message}";
        }
    }

    private static LogEventPropertyValue Value(object? value) => value switch
    {
        string[] items => new SequenceValue(items.Select(i => new ScalarValue(i))),
        IReadOnlyList<string> items => new SequenceValue(items.Select(i => new ScalarValue(i))),
        _ => new ScalarValue(value),
    };
}
