using System.CommandLine;
using ArDivergence.Core.Debugging;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Output;
using ArDivergence.Tui.Recording;

namespace ArDivergence.Tui.Verbs;

/// <summary>`ardiv run FILE`: step every lane (or the named ones) to the end (or K steps) and print each step's metrics.</summary>
internal static class RunVerb
{
    public const int DefaultMonteCarloSamples = 10_000;

    public static Command Command(ConsoleStreams console)
    {
        var file = CommonOptions.ScenarioArgument();
        var lanes = CommonOptions.Lanes();
        var seed = CommonOptions.Seed();
        var steps = new Option<int?>("--steps") { Description = "Stop after K steps (default: L)." };
        var top = new Option<int?>("--top") { Description = "Alternatives listed per step (default: display.top_k, else 5)." };
        var format = CommonOptions.Format();
        var samples = new Option<int>("--samples")
        {
            Description = "Monte Carlo runs for lanes whose exact off_manifold is out of reach (default 10,000; 200 for lanes that run a real model).",
            DefaultValueFactory = _ => DefaultMonteCarloSamples,
        };
        var log = new Option<string?>("--log") { Description = "Record the session to this file (compact JSON, replayable)." };
        var quiet = CommonOptions.Quiet();
        var models = CommonOptions.Models();
        var command = new Command("run", "Step every lane to the end and print the per-step metrics.")
        {
            file, lanes, seed, steps, top, format, samples, log, quiet, models,
        };
        steps.Validators.Add(r => Positive(r, r.GetValueOrDefault<int?>()));
        top.Validators.Add(r => Range(r, r.GetValueOrDefault<int?>(), 0, 50));
        samples.Validators.Add(r => Positive(r, r.GetValueOrDefault<int>()));
        command.SetAction(result => Execute(
            result.GetValue(file)!,
            result.GetValue(lanes),
            result.GetValue(seed),
            result.GetValue(steps),
            result.GetValue(top),
            CommonOptions.ResolveFormat(result.GetValue(format), console),
            RealModelSamples.Given(result, samples),
            result.GetValue(log),
            console,
            result.GetValue(quiet),
            result.GetValue(models)));
        return command;
    }

    public static int Execute(
        string file,
        IReadOnlyList<string>? lanes,
        long? seed,
        int? steps,
        int? top,
        OutputFormat format,
        int? samples,
        string? logPath,
        ConsoleStreams console,
        bool quiet = false,
        IReadOnlyList<string>? models = null)
    {
        if (SessionOpener.LoadSpec(file, lanes, console, out var source, models) is not { } spec
            || SessionOpener.Open(spec, SessionOpener.Options(seed, lanes, top), console) is not { } session)
        {
            return ExitCodes.BadInput;
        }

        var info = new SessionStartInfo(source.Path, source.Hash, session.Scenario.Seed, lanes is { Count: > 0 } ? lanes : null, top);
        var recorder = logPath is null ? NullSessionRecorder.Instance : SessionRecorders.ForRun(logPath);
        if (recorder.Warning is { } warning)
        {
            console.Error.WriteLine($"ardiv: warning: {warning}");
        }

        using var driver = new SessionDriver(session, info, recorder);
        using var progress = StderrProgress.For(console, quiet);
        var count = Math.Min(steps ?? session.Scenario.Length, session.Scenario.Length);
        progress.Start("stepping");
        for (var i = 0; i < count; i++)
        {
            driver.Execute(new StepCommand());
            if (driver.LastFailure is { } failure)
            {
                progress.Clear();
                console.Error.WriteLine($"ardiv: error: {failure}");
                return ExitCodes.BadInput;
            }

            progress.Report((i + 1.0) / count);
        }

        var snapshot = driver.Snapshot;
        MonteCarloFallback.Fill(snapshot, count, samples, console, progress);
        progress.Clear();
        var report = new RunReport(
            snapshot.Scenario.Name,
            snapshot.Seed,
            snapshot.Length,
            [.. snapshot.Lanes.Select(lane => LaneRows.From(snapshot, lane))])
        {
            TokenWidth = Math.Clamp(snapshot.Scenario.Vocabulary.Tokens.Select(t => t.Length).DefaultIfEmpty(0).Max() + 2, 5, 24),
        };
        report.Write(console.Out, format, console.OutIsTerminal);
        return ExitCodes.Success;
    }

    internal static void Positive(System.CommandLine.Parsing.OptionResult result, int? value)
    {
        if (value is <= 0)
        {
            result.AddError($"{result.Option.Name} must be a positive integer, not {value}");
        }
    }

    internal static void Range(System.CommandLine.Parsing.OptionResult result, int? value, int low, int high)
    {
        if (value is int v && (v < low || v > high))
        {
            result.AddError($"{result.Option.Name} must be between {low} and {high}, not {v}");
        }
    }
}
