using ArDivergence.Core.Debugging;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Tests.Support;
using CsCheck;

namespace ArDivergence.Core.Tests;

/// <summary>Invariants over random small automata with a lane of every kind.</summary>
public class PropertyTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Every_lane_gives_all_sequences_probabilities_that_sum_to_one()
    {
        TinyScenarios.Gen.Sample(spec =>
        {
            var scenario = ScenarioCompiler.Compile(spec);
            foreach (var generator in scenario.Generators)
            {
                var total = Enumeration.AllSequences(scenario.Vocabulary.Count, scenario.Length)
                    .Sum(Assert.IsAssignableFrom<ISequenceScorer>(generator).SequenceProbability);
                Assert.True(Math.Abs(total - 1) < 1e-9, $"{generator.Name}: Σ P(x) = {total}");
            }
        }, iter: 150);
    }

    [Fact]
    public void Exact_dynamic_programming_equals_brute_force_enumeration_at_every_t()
    {
        TinyScenarios.Gen.Sample(spec =>
        {
            var scenario = ScenarioCompiler.Compile(spec);
            foreach (var generator in scenario.Generators)
            {
                var brute = Enumeration.OffByStep(generator);
                var exact = new ExactOffManifold(generator);
                for (var t = 1; t <= scenario.Length; t++)
                {
                    var value = exact.At(t)!.Value;
                    Assert.True(Math.Abs(value - brute[t]) < 1e-9, $"{generator.Name} t={t}: dp {value} vs brute {brute[t]}");
                }
            }
        }, iter: 150);
    }

    [Fact]
    public void Mpc_over_a_consistent_joint_model_has_the_sequence_distribution_of_the_model_alone()
    {
        TinyScenarios.Gen.Sample(spec =>
        {
            var scenario = ScenarioCompiler.Compile(spec);
            var alone = Assert.IsAssignableFrom<ISequenceScorer>(scenario.Generator("joint-consistent"));
            var wrapped = Assert.IsAssignableFrom<ISequenceScorer>(scenario.Generator("mpc-consistent"));
            foreach (var sequence in Enumeration.AllSequences(scenario.Vocabulary.Count, scenario.Length))
            {
                var p = alone.SequenceProbability(sequence);
                var q = wrapped.SequenceProbability(sequence);
                Assert.True(Math.Abs(p - q) < Tolerance, $"{string.Join(' ', sequence)}: {p} vs {q}");
            }
        }, iter: 150);
    }

    [Fact]
    public void Stepping_keeps_errors_in_range_path_off_monotone_and_compute_parts_consistent()
    {
        TinyScenarios.Gen.Sample(spec =>
        {
            var session = new DebuggerSession(spec);
            var snapshot = session.Execute(new ContinueCommand());
            foreach (var lane in snapshot.Lanes)
            {
                Assert.Same(lane.Steps.FirstOrDefault(s => !s.OnManifold), lane.FirstOff());
                var previousPathOff = 0.0;
                var totals = default(ComputeTotals);
                foreach (var step in lane.Steps)
                {
                    Assert.InRange(step.TokenProbability, 0.0, 1.0);
                    if (step.TokenError is double error)
                    {
                        Assert.InRange(error, 0.0, 1.0);
                    }

                    Assert.True(step.PathOff >= previousPathOff - 1e-15, $"{lane.Name}: path_off fell at t={step.T}");
                    previousPathOff = step.PathOff;
                    Assert.InRange(step.LecunNaive, 0.0, 1.0);
                    Assert.True(step.Compute.Computed >= 0 && step.Compute.Reused >= 0 && step.Compute.KvCacheBytes >= 0);
                    Assert.InRange(step.Compute.Recomputed, 0.0, step.Compute.Computed);
                    totals = totals.Add(step.Compute);
                    Assert.Equal(totals, step.Totals);
                    var probabilities = step.Top.Select(x => x.Probability).ToArray();
                    Assert.Equal(probabilities.OrderDescending(), probabilities);
                    Assert.True(probabilities.Sum() <= 1 + 1e-9);
                }
            }
        }, iter: 100);
    }
}
