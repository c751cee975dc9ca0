using System.Text.RegularExpressions;
using ArDivergence.Core;
using ArDivergence.Core.Debugging;
using ArDivergence.Core.Specs;

namespace ArDivergence.Scenarios.Tests.Fuzzing;

/// <summary>What happened to one mutant.</summary>
internal enum FuzzOutcome
{
    /// <summary>Rejected with clean diagnostics.</summary>
    Rejected,

    /// <summary>Rejected with clean diagnostics, one of which names a limit.</summary>
    RejectedByLimit,

    /// <summary>Loaded, compiled and stepped.</summary>
    Ran,

    /// <summary>Loaded, then Core refused it with a <see cref="ScenarioLimitException"/>.</summary>
    LimitInCore,

    /// <summary>Loaded; every lane runs a real model, which this project cannot load (see <see cref="SimulatedLanes"/>).</summary>
    RealModelsOnly,
}

/// <summary>
/// Runs one mutant through the loader and, when it loads, through Core, checking the contract:
/// the loader never throws, never hangs, and either returns a spec without diagnostics or no spec
/// and at least one clean <c>FILE:LINE:COL: error: MESSAGE</c> inside the text; a spec that loads
/// compiles and steps, or Core refuses it with a <see cref="ScenarioLimitException"/>. Anything
/// else fails with the mutant's seed, mutations and text, so the case can be reproduced.
/// </summary>
internal static partial class FuzzHarness
{
    public const string File = "fuzz.yaml";

    /// <summary>
    /// A hang detector, not a performance bound: loading any text under 1 MiB takes milliseconds, so only a
    /// hang or a blow-up reaches this even on a machine loaded many times over (loader speed: BENCHMARKS.md).
    /// </summary>
    public static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Compiling and a few steps; generous, but a scenario whose work takes many minutes must be refused up front.</summary>
    public static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    public const int Steps = 3;

    /// <param name="limit">The message of Core's <see cref="ScenarioLimitException"/>, when it refused the scenario.</param>
    public static FuzzOutcome Check(Mutant mutant, out string? limit)
    {
        limit = null;
        var result = WithTimeout(mutant, "loading", LoadTimeout, () => ScenarioLoader.LoadText(mutant.Text, File));
        CheckDiagnostics(mutant, result);
        if (result.Spec is not { } spec)
        {
            return result.Diagnostics.Any(d => d.Message.Contains("limit", StringComparison.Ordinal))
                ? FuzzOutcome.RejectedByLimit
                : FuzzOutcome.Rejected;
        }

        var (outcome, message) = WithTimeout(mutant, "compiling and stepping", RunTimeout, () => Exercise(mutant, spec));
        limit = message;
        return outcome;
    }

    /// <summary>The loader's contract on one result.</summary>
    public static void CheckDiagnostics(Mutant mutant, ScenarioLoadResult result)
    {
        if (result.Spec is not null)
        {
            Fail(mutant, result.Diagnostics.Count == 0, "a spec came with diagnostics:\n" + string.Join('\n', result.Diagnostics));
            return;
        }

        Fail(mutant, result.Diagnostics.Count > 0, "no spec and no diagnostic");
        // Lines as editors count them: "\r\n", "\r" and "\n" each end one.
        var lines = mutant.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        foreach (var diagnostic in result.Diagnostics)
        {
            var text = diagnostic.ToString();
            Fail(mutant, DiagnosticPattern().IsMatch(text), $"diagnostic not in FILE:LINE:COL: error: MESSAGE form: {text}");
            Fail(mutant, !diagnostic.Message.Contains('\n', StringComparison.Ordinal) && !diagnostic.Message.Contains('\r', StringComparison.Ordinal),
                $"diagnostic message spans lines: {text}");
            Fail(mutant, diagnostic.Line >= 1 && diagnostic.Line <= lines.Length + 1, $"diagnostic line outside the text ({lines.Length} lines): {text}");
            var lineLength = diagnostic.Line <= lines.Length ? lines[diagnostic.Line - 1].Length : 0;
            Fail(mutant, diagnostic.Column >= 1 && diagnostic.Column <= lineLength + 1,
                $"diagnostic column outside line {diagnostic.Line} ({lineLength} characters): {text}");
            Fail(mutant, !diagnostic.Message.Contains("internal error", StringComparison.Ordinal), $"the loader caught a bug of its own: {text}");
        }
    }

    /// <summary>Compiles the spec into a session, steps every lane a few times and asks off_manifold at each step.</summary>
    private static (FuzzOutcome Outcome, string? Limit) Exercise(Mutant mutant, ScenarioSpec loaded)
    {
        // Real-model lanes need a model loader: the mutant's other lanes are exercised here (SimulatedLanes says where the rest are).
        var spec = SimulatedLanes.Of(loaded);
        if (spec.Generators.Count == 0)
        {
            return (FuzzOutcome.RealModelsOnly, null);
        }

        try
        {
            var session = new DebuggerSession(spec);
            for (var step = 0; step < Steps; step++)
            {
                var snapshot = session.Execute(new StepCommand());
                foreach (var lane in snapshot.Lanes)
                {
                    var value = lane.OffManifold.At(lane.T);
                    Fail(mutant, value is null || (value.Value.Value >= 0 && value.Value.Value <= 1),
                        $"off_manifold of lane {lane.Name} at t = {lane.T} is {value?.Value}");
                }
            }

            return (FuzzOutcome.Ran, null);
        }
        catch (ScenarioLimitException ex)
        {
            return (FuzzOutcome.LimitInCore, ex.Message);
        }
        catch (Exception ex) when (ex is not FuzzFailure)
        {
            throw new FuzzFailure(Describe(mutant, $"Core threw {ex.GetType().Name} on a scenario the loader accepted: {ex.Message}\n{ex.StackTrace}"));
        }
    }

    private static T WithTimeout<T>(Mutant mutant, string what, TimeSpan timeout, Func<T> work)
    {
        var task = Task.Run(work);
        try
        {
            if (!task.Wait(timeout))
            {
                throw new FuzzFailure(Describe(mutant, $"{what} did not finish within {timeout.TotalSeconds} s (a hang, or work that should be refused up front)"));
            }
        }
        catch (AggregateException ex) when (ex.InnerException is FuzzFailure failure)
        {
            throw failure;
        }
        catch (AggregateException ex)
        {
            throw new FuzzFailure(Describe(mutant, $"{what} threw {ex.InnerException}"));
        }

        return task.Result;
    }

    private static void Fail(Mutant mutant, bool condition, string message)
    {
        if (!condition)
        {
            throw new FuzzFailure(Describe(mutant, message));
        }
    }

    public static string Describe(Mutant mutant, string problem) =>
        $"{problem}\n{mutant}\n----- mutant text -----\n{Truncated(mutant.Text)}\n----- end -----";

    private static string Truncated(string text) => text.Length <= 20_000 ? text : text[..20_000] + $"\n... ({text.Length:N0} characters in all)";

    [GeneratedRegex(@"^fuzz\.yaml:\d+:\d+: error: .+")]
    private static partial Regex DiagnosticPattern();
}

/// <summary>A broken contract, carrying the mutant that broke it.</summary>
internal sealed class FuzzFailure(string message) : Exception(message);
