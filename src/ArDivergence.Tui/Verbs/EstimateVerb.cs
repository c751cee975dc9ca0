using System.CommandLine;
using ArDivergence.Core.Debugging;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Generators.Speculative;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Specs;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Output;
using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Verbs;

/// <summary>`ardiv estimate FILE`: the sequence-level result per lane (off_manifold at L, exact and/or Monte Carlo).</summary>
internal static class EstimateVerb
{
    public static Command Command(ConsoleStreams console)
    {
        var file = CommonOptions.ScenarioArgument();
        // No default value factory: help would print the enum's spelling ("[default: Exact]"); the
        // description says the default and HelpName gives the choices as they are typed.
        var method = new Option<EstimateMethod?>("--method")
        {
            Description = "exact (default; Monte Carlo where exact is out of reach), mc, or both.",
            HelpName = "exact|mc|both",
        };
        var samples = new Option<int>("--samples")
        {
            Description = "Monte Carlo runs per lane (default 10,000; 200 for lanes that run a real model).",
            DefaultValueFactory = _ => RunVerb.DefaultMonteCarloSamples,
        };
        var seed = CommonOptions.Seed();
        var format = CommonOptions.Format();
        var lanes = CommonOptions.Lanes();
        var threads = new Option<int?>("--threads") { Description = "Monte Carlo threads (default: all cores); results do not depend on it." };
        var quiet = CommonOptions.Quiet();
        var models = CommonOptions.Models();
        var command = new Command(
            "estimate",
            "Sequence-level off_manifold per lane: exact, Monte Carlo, or both. off_manifold is over all runs of a lane; " +
            "the path_ columns (path_lecun_naive, path_mean_token_error) come from the one run drawn with the seed, " +
            "the run `ardiv run` prints.")
        {
            file, method, samples, seed, format, lanes, threads, quiet, models,
        };
        samples.Validators.Add(r => RunVerb.Positive(r, r.GetValueOrDefault<int>()));
        threads.Validators.Add(r => RunVerb.Positive(r, r.GetValueOrDefault<int?>()));
        command.SetAction(result => Execute(
            result.GetValue(file)!,
            result.GetValue(method) ?? EstimateMethod.Exact,
            RealModelSamples.Given(result, samples),
            result.GetValue(seed),
            CommonOptions.ResolveFormat(result.GetValue(format), console),
            result.GetValue(lanes),
            result.GetValue(threads),
            console,
            result.GetValue(quiet),
            result.GetValue(models)));
        return command;
    }

    public static int Execute(
        string file,
        EstimateMethod method,
        int? samples,
        long? seed,
        OutputFormat format,
        IReadOnlyList<string>? lanes,
        int? threads,
        ConsoleStreams console,
        bool quiet = false,
        IReadOnlyList<string>? models = null)
    {
        if (SessionOpener.LoadSpec(file, lanes, console, out _, models) is not { } spec
            || SessionOpener.Open(spec, SessionOpener.Options(seed, lanes, 0), console) is not { } session)
        {
            return ExitCodes.BadInput;
        }

        using var progress = StderrProgress.For(console, quiet);
        var report = Estimate(spec, SessionOpener.Options(seed, lanes, 0), method, samples, threads, progress, console.Error);
        console.Out.Write(report.Render(format, console.OutIsTerminal));
        return ExitCodes.Success;
    }

    /// <summary>
    /// The estimate of one scenario: the seeded run stepped to its end, then each lane's off_manifold at L by
    /// <paramref name="method"/>. `ardiv sweep` computes each of its points with this, so a sweep row is the
    /// estimate of the same file. Notes (a lane without Monte Carlo, the fallback) go to <paramref name="notes"/>.
    /// </summary>
    /// <param name="fallBackToMonteCarlo">With <see cref="EstimateMethod.Exact"/>: Monte Carlo where exact is out of reach (else absent).</param>
    internal static EstimateReport Estimate(
        ScenarioSpec spec,
        SessionOptions options,
        EstimateMethod method,
        int? samples,
        int? threads,
        StderrProgress progress,
        TextWriter notes,
        bool fallBackToMonteCarlo = true)
    {
        var session = new DebuggerSession(spec, options);
        progress.Start("stepping");
        var snapshot = session.Snapshot;
        while (!snapshot.Finished)
        {
            // Step by step rather than continue (which would stop at the scenario's breakpoints anyway), so
            // the bar can follow the seeded run to its end.
            snapshot = session.Execute(new StepCommand());
            progress.Report((double)snapshot.Lanes.Min(l => l.Steps.Count) / snapshot.Length);
        }

        var length = snapshot.Length;
        var results = new List<EstimateLane>();
        foreach (var lane in snapshot.Lanes)
        {
            var exact = method == EstimateMethod.Mc ? null : ExactProgress.Through(lane.OffManifold.Exact, length, lane.Name, progress);
            var laneSamples = RealModelSamples.For(snapshot.Scenario.Generator(lane.Name), samples);
            FirstOffHistogram? monteCarlo = null;
            if (lane.OffManifold.IsRecorded)
            {
                // A trace lane's recordings are its samples: the fraction off, with its interval over them.
                monteCarlo = lane.OffManifold.MonteCarlo;
            }
            else if (method == EstimateMethod.Exact && exact is null && !fallBackToMonteCarlo)
            {
                notes.WriteLine($"ardiv: note: lane {lane.Name}: exact off_manifold is out of reach; left empty (--method auto or mc estimates it)");
            }
            else if ((method != EstimateMethod.Exact || exact is null) && !lane.OffManifold.CanRunMonteCarlo)
            {
                progress.Clear();
                notes.WriteLine($"ardiv: note: lane {lane.Name}: the lane can make no fresh runs, so it has no Monte Carlo estimate");
            }
            else if (method != EstimateMethod.Exact || exact is null)
            {
                if (method == EstimateMethod.Exact)
                {
                    progress.Clear();
                    var why = lane.OffManifold.Exact is { } dp
                        ? $"exact off_manifold is out of reach (more than {dp.MaxStates:N0} states, the limit)"
                        : "the lane has no exact process";
                    notes.WriteLine($"ardiv: note: lane {lane.Name}: {why}; Monte Carlo with {laneSamples:N0} runs instead");
                }

                progress.Start($"{lane.Name}: monte carlo");
                monteCarlo = MonteCarloEstimator.Run(
                    snapshot.Scenario.Generator(lane.Name), snapshot.Seed, laneSamples, threads, progress);
            }

            var last = lane.Last!;
            results.Add(new EstimateLane(
                lane.Name, lane.Kind.ToName(), exact, monteCarlo, length, last.LecunNaive, last.MeanTokenError, last.Totals)
            {
                Speculation = snapshot.Scenario.Generator(lane.Name) is SpeculativeGenerator speculative
                    ? SpeculationSummary.Of(lane.Steps, speculative.Gamma)
                    : null,
                // The bound needs the exact process through L: computed above unless only Monte Carlo was asked for.
                LecunBound = method == EstimateMethod.Mc && lane.OffManifold.Exact is not null
                    ? new LecunBoundSummary(LecunBoundSummary.NotComputed, null, null)
                    : LecunBoundSummary.Of(lane.OffManifold),
            });
        }

        progress.Clear();
        return new EstimateReport(snapshot.Scenario.Name, snapshot.Seed, length, results);
    }
}
