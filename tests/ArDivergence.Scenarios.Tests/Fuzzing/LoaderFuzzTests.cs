using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace ArDivergence.Scenarios.Tests.Fuzzing;

/// <summary>
/// Every shipped scenario, mutated <see cref="DefaultCasesPerScenario"/> times with fixed seeds: each mutant
/// loads to a spec or to clean diagnostics, never throws or hangs, and a spec that loads compiles and steps
/// in Core. A failure prints the case seed; <c>ScenarioMutator.Create(name, seed)</c> rebuilds the mutant.
/// For a deeper search on one's own machine, ARDIV_FUZZ_CASES (cases per scenario) and ARDIV_FUZZ_SEED
/// (another base seed) change the run; CI sets neither, so its run is always the same.
/// </summary>
public sealed class LoaderFuzzTests(ITestOutputHelper output)
{
    public const int DefaultCasesPerScenario = 700;

    /// <summary>Case seeds are BaseSeed + 100,000 × (the scenario's index by name) + i.</summary>
    public const int DefaultBaseSeed = 20_240_607;

    private static int CasesPerScenario => FromEnvironment("ARDIV_FUZZ_CASES") ?? DefaultCasesPerScenario;

    private static int BaseSeed => FromEnvironment("ARDIV_FUZZ_SEED") ?? DefaultBaseSeed;

    private const int MaxFailuresShown = 3;

    public static TheoryData<string> Names() => [.. ShippedScenarios.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void Mutants_of_a_shipped_scenario_load_cleanly_and_run_or_are_refused(string name)
    {
        var index = ShippedScenarios.All.ToList().FindIndex(s => s.Name == name);
        var outcomes = new Dictionary<FuzzOutcome, int>();
        var failures = new List<string>();
        var slowest = (Seconds: 0.0, Seed: 0);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < CasesPerScenario && failures.Count < MaxFailuresShown; i++)
        {
            var seed = BaseSeed + (100_000 * index) + i;
            var mutant = ScenarioMutator.Create(name, seed);
            var started = watch.Elapsed;
            try
            {
                var outcome = FuzzHarness.Check(mutant, out var limit);
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
                if (limit is not null)
                {
                    // Allowed by the contract (a clean refusal), but every limit is meant to be checked up
                    // front by the loader, so a scenario that loads and is then refused is a missing check.
                    failures.Add(FuzzHarness.Describe(mutant, $"Core refused a scenario the loader accepted; check this limit up front: {limit}"));
                }
            }
            catch (FuzzFailure failure)
            {
                failures.Add(failure.Message);
            }

            var took = (watch.Elapsed - started).TotalSeconds;
            if (took > slowest.Seconds)
            {
                slowest = (took, seed);
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name} (base seed {BaseSeed}): {string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}"))} in {watch.Elapsed.TotalSeconds:F1} s; slowest case {slowest.Seed} ({slowest.Seconds:F2} s)"));
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private static int? FromEnvironment(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
