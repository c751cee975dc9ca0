using ArDivergence.Core.Generators;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tests.Support;
using CsCheck;

namespace ArDivergence.Core.Tests;

/// <summary>
/// Exact off_manifold over dense interned keys with cached transitions against the plain dictionary
/// dynamic programming it replaced (<see cref="ReferenceOffManifold"/>).
/// </summary>
public class ExactDynamicProgrammingTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Every_lane_of_random_automata_matches_the_dictionary_reference_at_every_t()
    {
        MediumScenarios.Gen.Sample(spec =>
        {
            var scenario = ScenarioCompiler.Compile(spec);
            foreach (var generator in scenario.Generators)
            {
                var reference = ReferenceOffManifold.OffByStep(generator);
                var exact = new ExactOffManifold(generator);
                for (var t = 1; t <= scenario.Length; t++)
                {
                    var value = exact.At(t)!.Value;
                    Assert.True(Math.Abs(value - reference[t]) <= Tolerance, $"{generator.Name} t={t}: {value} vs reference {reference[t]}");
                }
            }
        }, iter: 60);
    }

    [Fact]
    public void The_state_limit_stops_at_the_same_step_as_the_reference()
    {
        MediumScenarios.Gen.Sample(spec =>
        {
            var scenario = ScenarioCompiler.Compile(spec);
            foreach (var generator in scenario.Generators)
            {
                foreach (var limit in new[] { 1, 3, 10 })
                {
                    var reference = ReferenceOffManifold.OffByStep(generator, limit);
                    var exact = new ExactOffManifold(generator, limit);
                    exact.At(scenario.Length);
                    Assert.Equal(reference.Count - 1, exact.ComputedThrough);
                    Assert.Equal(reference.Count - 1 < scenario.Length, exact.LimitReached);
                    Assert.True(Math.Abs(exact.Known(exact.ComputedThrough)!.Value - reference[^1]) <= Tolerance);
                }
            }
        }, iter: 40);
    }

    [Fact]
    public void Rebuilding_the_key_table_when_it_outgrows_its_budget_changes_no_value()
    {
        MediumScenarios.Gen.Sample(spec =>
        {
            var scenario = ScenarioCompiler.Compile(spec);
            var generator = scenario.Generator("ngram");
            var reference = ReferenceOffManifold.OffByStep(generator);
            var pass = new ExactForwardPass(Assert.IsAssignableFrom<IExactLane>(generator).Exact, generator.Context.Manifold, int.MaxValue, keyBudget: 2);
            var off = 0.0;
            for (var t = 1; t <= scenario.Length; t++)
            {
                off = Math.Min(1.0, off + pass.Step(t)!.Value);
                Assert.True(Math.Abs(off - reference[t]) <= Tolerance, $"t={t}: {off} vs reference {reference[t]}");
            }
        }, iter: 40);
    }

    /// <summary>
    /// The dictionary version allocated a new dictionary of keys at every step (132 MB on the
    /// 100-state benchmark); once a step-invariant lane's transitions are built, stepping allocates
    /// nothing but the growth of the list of values (a few KB over these 1,950 steps).
    /// </summary>
    [Theory]
    [InlineData("oracle")]
    [InlineData("ngram")]
    public void Steps_of_a_step_invariant_lane_allocate_nothing_once_its_transitions_are_built(string lane)
    {
        var states = Enumerable.Range(0, 20).Select(s => new AutomatonStateSpec(
            $"s{s}",
            [.. Enumerable.Range(0, 5).Select(i => new AutomatonMoveSpec($"t{(s + (3 * i)) % 12}", $"s{((s * 7) + i) % 20}", 1 + i))])).ToArray();
        var spec = new ScenarioSpec
        {
            Name = "alloc",
            Length = 2000,
            Vocabulary = [.. Enumerable.Range(0, 12).Select(i => $"t{i}")],
            Manifold = new AutomatonManifoldSpec("s0", null, states),
            Generators =
            [
                TestSpecs.Oracle("oracle", 1e-4, NoiseMode.Uniform),
                new AutoregressiveGeneratorSpec("ngram", new NgramModelSpec(2, 50, 0.1), new ComputeSpec()),
            ],
        };
        var exact = new ExactOffManifold(ScenarioCompiler.Compile(spec).Generator(lane));
        exact.At(50);
        var before = GC.GetAllocatedBytesForCurrentThread();
        exact.At(2000);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 64 * 1024, $"{allocated:N0} bytes allocated over 1,950 steps");
    }
}
