using System.CommandLine;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Sweeps;

namespace ArDivergence.Tui.Verbs;

/// <summary>
/// `ardiv sweep FILE --set KEY=VALUES ...`: `estimate` at every point of a grid of overrides, one row per
/// (point, lane); `ardiv sweep merge SHARD...` joins the outputs of `--shard i/n` runs (spec §14).
/// </summary>
internal static class SweepVerb
{
    public static Command Command(ConsoleStreams console)
    {
        var file = CommonOptions.ScenarioArgument();
        var sets = new Option<string[]>("--set")
        {
            Description = "KEY=VALUES: a key of the file (length, seed, generators.NAME.model.error, generators.NAME.commit, ...) " +
                          "and its values: a,b,c | lo..hi (integers) | lo..hi:step | lin:lo..hi:n | log:lo..hi:n. Repeat for a grid; the last varies fastest.",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var method = new Option<SweepMethod?>("--method")
        {
            Description = "auto (default: exact, Monte Carlo where exact is out of reach), exact (only; out of reach is left empty) or mc.",
            HelpName = "exact|mc|auto",
        };
        var samples = new Option<int>("--samples")
        {
            Description = "Monte Carlo runs per lane and point.",
            DefaultValueFactory = _ => RunVerb.DefaultMonteCarloSamples,
        };
        var shard = new Option<string?>("--shard")
        {
            Description = "i/n: compute only the points p with p mod n = i (a Slurm array index, a Kubernetes JOB_COMPLETION_INDEX); join with `ardiv sweep merge`.",
        };
        var format = new Option<SweepFormat?>("--format") { Description = "csv (default) or json.", HelpName = "csv|json" };
        var output = Output();
        var threads = new Option<int?>("--threads") { Description = "Points computed at once (default: all cores); results do not depend on it." };
        var quiet = CommonOptions.Quiet();
        var command = new Command(
            "sweep",
            "`estimate` over a grid of parameter values: one row per (point, lane), written as the points finish, in point order. " +
            "Ctrl+C keeps the finished rows.")
        {
            file, sets, method, samples, shard, format, output, threads, quiet,
        };
        samples.Validators.Add(r => RunVerb.Positive(r, r.GetValueOrDefault<int>()));
        threads.Validators.Add(r => RunVerb.Positive(r, r.GetValueOrDefault<int?>()));
        command.Subcommands.Add(MergeCommand(console));
        command.SetAction(result => WithCtrlC(console, cancellation => Execute(
            result.GetValue(file)!,
            result.GetValue(sets) ?? [],
            result.GetValue(method) ?? SweepMethod.Auto,
            result.GetValue(samples),
            result.GetValue(shard),
            result.GetValue(format) ?? SweepFormat.Csv,
            result.GetValue(output),
            result.GetValue(threads),
            console,
            result.GetValue(quiet),
            cancellation)));
        return command;
    }

    public static int Execute(
        string file,
        IReadOnlyList<string> sets,
        SweepMethod method,
        int samples,
        string? shardText,
        SweepFormat format,
        string? outputPath,
        int? threads,
        ConsoleStreams console,
        bool quiet,
        CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(console);
        SweepGrid grid;
        SweepShard shard;
        try
        {
            grid = new SweepGrid([.. sets.Select(SweepAxis.Parse)]);
            shard = shardText is null ? SweepShard.Whole : SweepShard.Parse(shardText);
        }
        catch (FormatException bad)
        {
            return CliError.Usage(console.Error, bad.Message);
        }

        var source = ScenarioSource.Load(file);
        if (source.Spec is null)
        {
            return CliError.BadScenario(console.Error, source);
        }

        var (text, displayName) = source.Path.StartsWith(ScenarioSource.ShippedPrefix, StringComparison.Ordinal)
            ? (Scenarios.ShippedScenarios.Find(source.Path[ScenarioSource.ShippedPrefix.Length..])!.Text, Scenarios.ShippedScenarios.Find(source.Path[ScenarioSource.ShippedPrefix.Length..])!.FileName)
            : (File.ReadAllText(file), file);
        var job = new SweepJob(text, displayName, grid, shard, method, samples, threads, format);
        if (outputPath is null)
        {
            return SweepRunner.Run(job, console, console.Out, quiet, cancellation);
        }

        using var writer = OpenOutput(outputPath, console, out var exit);
        return writer is null ? exit : SweepRunner.Run(job, console, writer, quiet, cancellation);
    }

    /// <summary>Merges shard files into one (to -o or stdout); exit 2 with the missing or doubled points listed.</summary>
    public static int ExecuteMerge(IReadOnlyList<string> shards, string? outputPath, ConsoleStreams console)
    {
        ArgumentNullException.ThrowIfNull(console);
        string merged;
        try
        {
            merged = SweepMerge.Merge([.. shards.Select(ShardFile.Read)]);
        }
        catch (FormatException bad)
        {
            console.Error.WriteLine($"ardiv: error: sweep merge: {bad.Message}");
            return ExitCodes.BadInput;
        }

        if (outputPath is null)
        {
            console.Out.Write(merged);
            return ExitCodes.Success;
        }

        using var writer = OpenOutput(outputPath, console, out var exit);
        writer?.Write(merged);
        return writer is null ? exit : ExitCodes.Success;
    }

    private static Command MergeCommand(ConsoleStreams console)
    {
        var shards = new Argument<string[]>("SHARD") { Description = "The outputs of the `--shard i/n` runs (CSV or JSON).", Arity = ArgumentArity.OneOrMore };
        var output = Output();
        var command = new Command("merge", "Joins the shards of one sweep into the file one unsharded run writes; fails listing any point missing or doubled.")
        {
            shards, output,
        };
        command.SetAction(result => ExecuteMerge(result.GetValue(shards) ?? [], result.GetValue(output), console));
        return command;
    }

    private static Option<string?> Output() => new("--output", "-o") { Description = "Write to this file instead of stdout." };

    private static StreamWriter? OpenOutput(string path, ConsoleStreams console, out int exit)
    {
        exit = ExitCodes.Success;
        try
        {
            return new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            exit = CliError.Failed(console.Error, $"cannot write {path}: {ex.Message}");
            return null;
        }
    }

    /// <summary>Runs with a token that Ctrl+C cancels (instead of ending the process), when this is the real console.</summary>
    private static int WithCtrlC(ConsoleStreams console, Func<CancellationToken, int> run)
    {
        using var cancel = new CancellationTokenSource();
        if (!ReferenceEquals(console, ConsoleStreams.System))
        {
            return run(cancel.Token);
        }

        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            cancel.Cancel();
        }

        Console.CancelKeyPress += OnCancel;
        try
        {
            return run(cancel.Token);
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }
}
