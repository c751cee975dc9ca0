using System.Globalization;
using System.Text.Json;
using ArDivergence.Core;
using ArDivergence.Core.Debugging;
using ArDivergence.Core.Metrics;
using ArDivergence.Scenarios.Kinds;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Output;
using ArDivergence.Tui.Presentation.Columns;

namespace ArDivergence.Tui.Recording;

/// <summary>
/// Re-executes the commands of a session log on a fresh session and compares every recorded step
/// with the step the replay makes, field by field, exactly.
/// </summary>
public static class SessionReplayer
{
    /// <summary>The session a log describes (scenario found by path and checked by hash), or null with a reason.</summary>
    /// <param name="format">The kinds the scenario may use; the built-in ones when null.</param>
    /// <param name="models">`--model LANE=PATH` overrides for lanes that run a real model.</param>
    public static DebuggerSession? OpenSession(
        SessionLog log, string? scenarioOverride, out IReadOnlyList<string> problems, ScenarioFormat? format = null, IReadOnlyList<string>? models = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        var start = log.Events[0].Properties;
        var path = CommandCodec.Text(start, "ScenarioPath");
        if (path is null && scenarioOverride is null)
        {
            problems = ["the log does not say which scenario it ran (no ScenarioPath); pass --scenario FILE"];
            return null;
        }

        var source = ScenarioSource.Load(scenarioOverride ?? path!, format);
        if (source.Spec is not { } loaded)
        {
            problems = [.. source.Result.Diagnostics.Select(d => d.ToString())];
            return null;
        }

        if (ModelFiles.Resolve(loaded, source.Path, models, out var modelProblem) is not { } spec)
        {
            problems = [modelProblem!];
            return null;
        }

        var recordedHash = CommandCodec.Text(start, "ScenarioHash");
        if (scenarioOverride is null && recordedHash is not null && recordedHash != source.Hash)
        {
            problems = [$"{path} has changed since the session was recorded ({recordedHash} then, {source.Hash} now); pass --scenario FILE to replay on it anyway"];
            return null;
        }

        problems = [];
        var lanes = start.TryGetProperty("Lanes", out var l) && l.ValueKind == JsonValueKind.Array
            ? l.EnumerateArray().Select(x => x.GetString()!).ToArray()
            : null;
        try
        {
            return new DebuggerSession(spec, new SessionOptions
            {
                Seed = start.TryGetProperty("Seed", out var seed) && seed.ValueKind == JsonValueKind.Number ? seed.GetInt64() : null,
                Lanes = lanes,
                TopK = start.TryGetProperty("TopK", out var top) && top.ValueKind == JsonValueKind.Number ? top.GetInt32() : null,
                Kinds = format?.Kinds,
                Models = ModelFiles.Provider,
            });
        }
        catch (ScenarioLimitException ex)
        {
            problems = [ex.Message];
            return null;
        }
        catch (ArDivergence.Core.Models.ModelLoadException ex)
        {
            problems = [ex.Message];
            return null;
        }
    }

    /// <summary>The recorded commands, in order (with whether each was recorded as failed).</summary>
    public static IReadOnlyList<(RecordedEvent Event, DebuggerCommand Command, bool Failed)> Commands(SessionLog log, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(log);
        problem = null;
        var commands = new List<(RecordedEvent, DebuggerCommand, bool)>();
        foreach (var e in log.Events.Where(e => e.Kind is SessionEvents.Command or SessionEvents.CommandFailed))
        {
            var command = CommandCodec.FromJson(e.Properties, out var reason);
            if (command is null)
            {
                problem = $"line {e.Line}: cannot read the command: {reason}";
                return commands;
            }

            commands.Add((e, command, e.Kind == SessionEvents.CommandFailed));
        }

        return commands;
    }

    /// <param name="format">The kinds the scenario may use; the built-in ones when null.</param>
    public static ReplayOutcome Replay(SessionLog log, string? scenarioOverride, ScenarioFormat? format = null, IReadOnlyList<string>? models = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        var session = OpenSession(log, scenarioOverride, out var problems, format, models);
        if (session is null)
        {
            return new ReplayOutcome(ReplayVerdict.Unreadable, string.Join('\n', problems), 0, 0);
        }

        var pending = new Queue<(SessionSnapshot Snapshot, LaneSnapshot Lane, StepRecord Step)>();
        BreakpointHit? lastHit = null;
        int commands = 0, steps = 0;
        var ended = false;
        for (var index = 1; index < log.Events.Count && !ended; index++)
        {
            var e = log.Events[index];
            var where = $"event {index + 1} (line {e.Line})";
            switch (e.Kind)
            {
                case SessionEvents.Command or SessionEvents.CommandFailed:
                    if (pending.Count > 0)
                    {
                        return Diverged(where, $"the replay made {Counted.Of(pending.Count, "more step", "more steps")} than recorded before this command, first {Describe(pending.Peek())}", commands, steps);
                    }

                    var command = CommandCodec.FromJson(e.Properties, out var reason);
                    if (command is null)
                    {
                        return new ReplayOutcome(ReplayVerdict.Unreadable, $"line {e.Line}: cannot read the command: {reason}", commands, steps);
                    }

                    commands++;
                    var before = session.Snapshot;
                    SessionSnapshot after;
                    try
                    {
                        after = session.Execute(command);
                    }
                    catch (Exception ex) when (ex is InvalidCommandException or ScenarioLimitException)
                    {
                        if (e.Kind == SessionEvents.CommandFailed)
                        {
                            continue;
                        }

                        return Diverged(where, $"'{CommandCodec.Describe(command)}' fails on replay: {ex.Message}", commands, steps);
                    }

                    if (e.Kind == SessionEvents.CommandFailed)
                    {
                        return Diverged(where, $"'{CommandCodec.Describe(command)}' was recorded as failed but succeeds on replay", commands, steps);
                    }

                    lastHit = after.Hit;
                    foreach (var (lane, step) in StepDiff.NewSteps(before, after))
                    {
                        pending.Enqueue((after, lane, step));
                    }

                    break;
                case SessionEvents.Step:
                    if (!pending.TryDequeue(out var made))
                    {
                        return Diverged(where, $"recorded a step of {CommandCodec.Text(e.Properties, "Lane")} at t = {Int(e.Properties, "T")} that the replay did not make", commands, steps);
                    }

                    steps++;
                    var mismatch = Compare(e.Properties, StepFields.Of(made.Snapshot, made.Lane, made.Step, computeExact: true));
                    if (mismatch is not null)
                    {
                        return Diverged(where, $"lane {made.Lane.Name}, t = {made.Step.T}: {mismatch}", commands, steps);
                    }

                    break;
                case SessionEvents.BreakpointHit:
                    var recorded = $"breakpoint {Int(e.Properties, "Breakpoint")} in {CommandCodec.Text(e.Properties, "Lane")} at t = {Int(e.Properties, "T")}";
                    var replayed = lastHit is null ? "no breakpoint hit" : $"breakpoint {lastHit.Breakpoint.Id} in {lastHit.Lane} at t = {lastHit.T}";
                    if (recorded != replayed)
                    {
                        return Diverged(where, $"recorded {recorded}, replayed {replayed}", commands, steps);
                    }

                    break;
                case SessionEvents.SessionEnded:
                    ended = true;
                    break;
                default:
                    break;
            }
        }

        if (pending.Count > 0 && (ended || !log.TruncatedLastLine))
        {
            return Diverged("the end of the log", $"the replay made {Counted.Of(pending.Count, "more step", "more steps")} than recorded, first {Describe(pending.Peek())}", commands, steps);
        }

        var note = log.TruncatedLastLine ? " (the log's last line was cut short and is ignored)" : "";
        return new ReplayOutcome(ReplayVerdict.Agrees, $"replayed {Counted.Of(commands, "command")}; {(steps == 1 ? "the 1 recorded step agrees" : $"all {steps} recorded steps agree")}{note}", commands, steps);
    }

    private static ReplayOutcome Diverged(string where, string what, int commands, int steps) =>
        new(ReplayVerdict.Diverges, $"diverges at {where}: {what}", commands, steps);

    private static string Describe((SessionSnapshot Snapshot, LaneSnapshot Lane, StepRecord Step) made) =>
        $"{made.Lane.Name} at t = {made.Step.T}";

    /// <summary>Step-event properties that logs recorded by earlier versions do not have.</summary>
    private static readonly HashSet<string> NewerThanSomeLogs =
        [.. StepColumns.Recorded.Where(c => c.NewerThanSomeLogs).Select(c => c.RecordName!)];

    private static long? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : null;

    /// <summary>The first field whose recorded value differs from the replayed one, described; null when all agree.</summary>
    private static string? Compare(JsonElement recorded, IReadOnlyList<(string Name, object? Value)> replayed)
    {
        // off_manifold is in the log only where it was known when the step was recorded.
        var offName = StepColumns.OffManifold.RecordName!;
        var offRecorded = recorded.TryGetProperty(offName, out var off) && off.ValueKind == JsonValueKind.Number;
        foreach (var (name, value) in replayed)
        {
            if (!offRecorded && (name == offName || name == StepColumns.OffManifoldExact.RecordName))
            {
                continue;
            }

            var present = recorded.TryGetProperty(name, out var r);
            if (!present && NewerThanSomeLogs.Contains(name))
            {
                continue;
            }

            var same = value switch
            {
                null => !present || r.ValueKind == JsonValueKind.Null,
                string s => present && r.ValueKind == JsonValueKind.String && r.GetString() == s,
                bool b => present && (r.ValueKind == JsonValueKind.True || r.ValueKind == JsonValueKind.False) && r.GetBoolean() == b,
                int i => present && r.ValueKind == JsonValueKind.Number && r.GetInt64() == i,
                long l => present && r.ValueKind == JsonValueKind.Number && r.GetInt64() == l,
                double d => present && r.ValueKind == JsonValueKind.Number && r.GetDouble().Equals(d),
                _ => true,
            };
            if (!same)
            {
                var shown = value is double d2 ? d2.ToString("R", CultureInfo.InvariantCulture) : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null";
                return $"{name} recorded {(present ? r.GetRawText() : "nothing")}, replayed {shown}";
            }
        }

        return null;
    }
}
