using ArDivergence.Core.Specs;
using ArDivergence.Scenarios;

namespace ArDivergence.Benchmarks;

internal static class Loaded
{
    public static ScenarioSpec Spec(string text) =>
        ScenarioLoader.LoadText(text, "benchmark.yaml").Spec
        ?? throw new InvalidOperationException(string.Join('\n', ScenarioLoader.LoadText(text, "benchmark.yaml").Diagnostics));
}
