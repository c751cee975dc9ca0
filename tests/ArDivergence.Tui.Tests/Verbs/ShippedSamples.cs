using System.Globalization;
using ArDivergence.Core.Specs;
using ArDivergence.Scenarios;

namespace ArDivergence.Tui.Tests.Verbs;

/// <summary>
/// Monte Carlo runs for tests that go through every shipped scenario. A lane that runs a real llama.cpp model
/// costs about 0.1 s per Monte Carlo run of real-model-planted (64 tokens, an mpc lane planning 8 ahead; BENCHMARKS.md),
/// against microseconds for a simulated lane, so a scenario with real-model lanes runs the tests with
/// <see cref="RealModelRuns"/> runs: enough to check intervals and agreement (the checks scale with the run
/// count), few enough to keep the suite's time reasonable.
/// </summary>
internal static class ShippedSamples
{
    public const int RealModelRuns = 40;

    /// <summary><paramref name="usual"/> runs, or <see cref="RealModelRuns"/> when the scenario has a real-model lane.</summary>
    public static int For(string name, int usual) => HasRealModel(name) ? Math.Min(usual, RealModelRuns) : usual;

    /// <summary><see cref="For"/> as a command-line argument.</summary>
    public static string Argument(string name, int usual) => For(name, usual).ToString(CultureInfo.InvariantCulture);

    public static bool HasRealModel(string name) =>
        ShippedScenarios.Find(name)?.Load().Spec?.Generators.Any(g => g is AutoregressiveGeneratorSpec { Model: GgufModelSpec }) ?? false;
}
