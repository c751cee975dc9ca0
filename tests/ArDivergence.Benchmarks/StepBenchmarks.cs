using ArDivergence.Core.Debugging;
using ArDivergence.Core.Specs;
using BenchmarkDotNet.Attributes;

namespace ArDivergence.Benchmarks;

/// <summary>
/// Target 2: stepping at |V| = 50,000 — 64 steps of all four lanes (256 lane-steps), each with its
/// metrics, top-k and exact off_manifold, as the debugger and `run` do them.
/// </summary>
[MemoryDiagnoser]
public class StepBenchmarks
{
    private ScenarioSpec _spec = null!;

    [GlobalSetup]
    public void Setup() => _spec = Loaded.Spec(BenchmarkScenarios.LargeVocabulary());

    [Benchmark(OperationsPerInvoke = 256)]
    public double LaneStep()
    {
        var session = new DebuggerSession(_spec);
        var total = 0.0;
        for (var i = 0; i < 64; i++)
        {
            var snapshot = session.Execute(new StepCommand());
            foreach (var lane in snapshot.Lanes)
            {
                total += lane.OffManifold.At(lane.T)?.Value ?? 0;
            }
        }

        return total;
    }
}
