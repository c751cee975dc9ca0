using ArDivergence.Core.Scenarios;
using ArDivergence.Gguf.Planting;
using ArDivergence.Scenarios;
using BenchmarkDotNet.Attributes;

namespace ArDivergence.Benchmarks;

/// <summary>
/// Issue 12 item 5: planting lecun-iid's `invalid` lane in process (checking that its conditionals
/// depend on the previous token alone, then building the GGUF bytes), without the file write.
/// </summary>
[MemoryDiagnoser]
public class PlantingBenchmarks
{
    private CompiledScenario _scenario = null!;

    [GlobalSetup]
    public void Setup() =>
        _scenario = ScenarioCompiler.Compile(Loaded.Spec(ShippedScenarios.Find("lecun-iid")!.Text));

    [Benchmark]
    public int PlantLecunIid() => PlantedModelBuilder.Build(ConditionalExtractor.From(_scenario, "invalid")).Length;
}
