using ArDivergence.Core.Generators;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Scenarios;
using BenchmarkDotNet.Attributes;

namespace ArDivergence.Benchmarks;

/// <summary>Target 3: exact off_manifold over L = 10,000 on a 100-state, 1,000-token automaton.</summary>
[MemoryDiagnoser]
public class ExactDynamicProgrammingBenchmarks
{
    private IGenerator _oracle = null!;

    [GlobalSetup]
    public void Setup() => _oracle = ScenarioCompiler.Compile(Loaded.Spec(BenchmarkScenarios.DynamicProgramming())).Generators[0];

    [Benchmark]
    public double TenThousandSteps() => new ExactOffManifold(_oracle).At(10_000)!.Value;
}
