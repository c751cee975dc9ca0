using ArDivergence.Core.Generators;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Scenarios;
using BenchmarkDotNet.Attributes;

namespace ArDivergence.Benchmarks;

/// <summary>Sampling: Monte Carlo runs of a noisy oracle (target 1 measures the whole process with hyperfine).</summary>
[MemoryDiagnoser]
public class MonteCarloBenchmarks
{
    private IGenerator _oracle = null!;

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup() => _oracle = ScenarioCompiler.Compile(Loaded.Spec(BenchmarkScenarios.MonteCarloPeer())).Generators[0];

    /// <summary>40,000 runs of L = 1,000 (a tenth of target 1).</summary>
    [Benchmark]
    public long FortyThousandRuns() => MonteCarloEstimator.Run(_oracle, 1, 40_000, Threads).OffBy(1000);
}
