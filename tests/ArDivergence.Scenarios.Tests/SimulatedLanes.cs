using ArDivergence.Core.Specs;

namespace ArDivergence.Scenarios.Tests;

/// <summary>
/// A scenario without its real-model lanes. This project has no model loader (the llama.cpp native library and
/// the `planted:LANE` cache live with the executable), so a lane with `model: {kind: gguf}`, and every lane built
/// on one (mpc's inner, speculative's draft or target), cannot compile here. Those lanes are compiled, stepped,
/// recorded and replayed with real models in ArDivergence.Tui.Tests (ShippedScenarioRunTests, GoldenOutputTests,
/// ShippedScenarioScreenTests, RecordReplayTests, ShippedRealModelScenarioTests); this project checks the rest.
/// </summary>
internal static class SimulatedLanes
{
    public static bool HasRealModel(ScenarioSpec spec) =>
        spec.Generators.Any(g => g is AutoregressiveGeneratorSpec { Model: GgufModelSpec });

    /// <summary>The spec with every real-model lane, every lane that builds on a removed lane, and their breakpoints removed.</summary>
    public static ScenarioSpec Of(ScenarioSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var removed = spec.Generators.Where(g => g is AutoregressiveGeneratorSpec { Model: GgufModelSpec }).Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
        bool more;
        do
        {
            more = false;
            foreach (var g in spec.Generators.Where(g => !removed.Contains(g.Name) && BuildsOn(g).Any(removed.Contains)))
            {
                more |= removed.Add(g.Name);
            }
        }
        while (more);

        return spec with
        {
            Generators = [.. spec.Generators.Where(g => !removed.Contains(g.Name))],
            Breakpoints = [.. spec.Breakpoints.Where(b => b.Lane is null || !removed.Contains(b.Lane))],
        };
    }

    private static IEnumerable<string> BuildsOn(GeneratorSpec generator) => generator switch
    {
        MpcGeneratorSpec mpc => [mpc.Inner],
        SpeculativeGeneratorSpec speculative => [speculative.Draft, speculative.Target],
        _ => [],
    };
}
