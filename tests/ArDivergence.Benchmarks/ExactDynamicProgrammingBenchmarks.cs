using ArDivergence.Core.Generators;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Scenarios;
using BenchmarkDotNet.Attributes;

namespace ArDivergence.Benchmarks;

/// <summary>
/// Target 3: exact off_manifold over L = 10,000 on a 100-state, 1,000-token automaton; and the order-6
/// n-gram of issue 10 item 4 (about 59,000 keys a step, L = 400).
/// </summary>
[MemoryDiagnoser]
public class ExactDynamicProgrammingBenchmarks
{
    private IGenerator _oracle = null!;
    private IGenerator _ngram = null!;

    [GlobalSetup]
    public void Setup()
    {
        _oracle = ScenarioCompiler.Compile(Loaded.Spec(BenchmarkScenarios.DynamicProgramming())).Generators[0];
        _ngram = ScenarioCompiler.Compile(Loaded.Spec(BenchmarkScenarios.NgramOrderSix())).Generator("ngram6");
    }

    [Benchmark]
    public double TenThousandSteps() => new ExactOffManifold(_oracle).At(10_000)!.Value;

    [Benchmark]
    public double NgramOrderSix() => new ExactOffManifold(_ngram).At(400)!.Value;
}
