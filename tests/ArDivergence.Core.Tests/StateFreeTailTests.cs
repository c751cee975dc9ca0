using ArDivergence.Core.Generators;
using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tests.Support;
using CsCheck;

namespace ArDivergence.Core.Tests;

/// <summary>
/// Monte Carlo's shortcut for a constant-ε oracle: where the off probability no longer depends on the
/// state, a run only compares its numbers with it. It must draw the same numbers and give the same
/// first-off step as the full loop, run by run.
/// </summary>
public class StateFreeTailTests
{
    private static ScenarioSpec TwoStates(NoiseMode noise) => new()
    {
        Name = "two-states",
        Length = 50,
        Vocabulary = ["a", "b", "c", "x"],
        Manifold = new AutomatonManifoldSpec("p", null, [
            new AutomatonStateSpec("p", [new AutomatonMoveSpec("a", "q"), new AutomatonMoveSpec("b", "p")]),
            new AutomatonStateSpec("q", [new AutomatonMoveSpec("a", "p"), new AutomatonMoveSpec("b", "q"), new AutomatonMoveSpec("c", "p")]),
        ]),
        Generators = [TestSpecs.Oracle("oracle", 0.05, noise)],
    };

    [Fact]
    public void With_invalid_noise_every_step_leaves_with_probability_epsilon_whatever_the_state()
    {
        var (automaton, oracle) = Parts(ScenarioCompiler.Compile(TwoStates(NoiseMode.Invalid)));
        var tail = StateFreeTail.Of(automaton, oracle);
        Assert.Equal(1, tail.From);
        for (var t = 1; t <= 50; t++)
        {
            Assert.Equal(0.05, tail.OffAt[t], 15);
        }
    }

    /// <summary>Uniform noise leaves with ε·|V \ A|/|V|: 0.05·2/4 in p, 0.05·1/4 in q, so the state matters.</summary>
    [Fact]
    public void With_uniform_noise_and_different_valid_sets_there_is_no_tail()
    {
        var (automaton, oracle) = Parts(ScenarioCompiler.Compile(TwoStates(NoiseMode.Uniform)));
        Assert.Equal(51, StateFreeTail.Of(automaton, oracle).From);
    }

    [Theory]
    [InlineData(NoiseMode.Invalid)]
    [InlineData(NoiseMode.Uniform)]
    public void The_tail_draws_the_same_numbers_and_finds_the_same_first_off_step_as_the_full_loop(NoiseMode noise)
    {
        var loop = TestSpecs.Loop(300, ["a", "b", "c"], ["x", "y"], TestSpecs.Oracle("oracle", 0.004, noise));
        AssertSameRuns(ScenarioCompiler.Compile(loop), 20_000);
    }

    [Fact]
    public void On_random_automata_the_sampler_gives_the_same_runs_with_and_without_the_tail()
    {
        MediumScenarios.Gen.Sample(spec => AssertSameRuns(ScenarioCompiler.Compile(spec), 300), iter: 60);
    }

    private static void AssertSameRuns(CompiledScenario scenario, int runs)
    {
        foreach (var generator in scenario.Generators)
        {
            if (generator is not AutoregressiveGenerator { Model: NoisyOracleModel { HasConstantError: true } oracle })
            {
                continue;
            }

            var manifold = generator.Context.Manifold;
            var shortcut = RunSamplers.NoisyOracle(manifold, oracle, useStateFreeTail: true);
            var full = RunSamplers.NoisyOracle(manifold, oracle, useStateFreeTail: false);
            var key = StreamKeys.RunKey(scenario.Seed, generator.Name);
            for (var run = 0; run < runs; run++)
            {
                var a = StreamKeys.ForRun(key, run);
                var b = a;
                Assert.Equal(full.FirstOffStep(ref b), shortcut.FirstOffStep(ref a));
                Assert.Equal(b, a);
            }
        }
    }

    private static (AutomatonManifold Automaton, NoisyOracleModel Oracle) Parts(CompiledScenario scenario)
    {
        var generator = (AutoregressiveGenerator)scenario.Generators[0];
        return ((AutomatonManifold)generator.Context.Manifold, (NoisyOracleModel)generator.Model);
    }
}
