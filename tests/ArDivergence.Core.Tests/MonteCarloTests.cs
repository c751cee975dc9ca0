using ArDivergence.Core.Debugging;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tests.Support;

namespace ArDivergence.Core.Tests;

public class MonteCarloTests
{
    private static ScenarioSpec Mixed() => TestSpecs.Loop(
        30,
        ["a", "b"],
        ["x", "y"],
        TestSpecs.Oracle("ar", 0.02),
        TestSpecs.Oracle("ar-uniform", 0.05, NoiseMode.Uniform),
        TestSpecs.Factorized("factorized", 0.01),
        TestSpecs.Joint("joint", 0.3),
        TestSpecs.Mpc("mpc", "joint"),
        TestSpecs.Mpc("mpc-3", "joint", commit: 3, horizon: 5, prefixCache: true)) with
    { Seed = 5 };

    public static TheoryData<string> Lanes() => ["ar", "ar-uniform", "factorized", "joint", "mpc", "mpc-3"];

    /// <summary>Every lane's estimate within 4.5 standard errors (plus one run) of the exact value: fixed seeds, cannot flake.</summary>
    [Theory]
    [MemberData(nameof(Lanes))]
    public void Monte_carlo_agrees_with_the_exact_value_at_every_tenth_step(string lane)
    {
        const int samples = 4000;
        var scenario = ScenarioCompiler.Compile(Mixed());
        var generator = scenario.Generator(lane);
        var histogram = MonteCarloEstimator.Run(generator, scenario.Seed, samples);
        var exact = new ExactOffManifold(generator);
        foreach (var t in new[] { 10, 20, 30 })
        {
            var value = exact.At(t)!.Value;
            var sigma = Math.Sqrt(value * (1 - value) / samples);
            Assert.True(
                Math.Abs(histogram.Estimate(t) - value) <= (4.5 * sigma) + (1.0 / samples),
                $"{lane} t={t}: exact {value} vs estimate {histogram.Estimate(t)}");
        }
    }

    /// <summary>
    /// The 95% interval holds the exact value in about 95% of independent estimates: over 200 seeds,
    /// at least 180 (the expected 190 minus three binomial standard deviations).
    /// </summary>
    [Fact]
    public void The_95_percent_interval_holds_the_exact_value_in_95_percent_of_estimates()
    {
        var scenario = ScenarioCompiler.Compile(Mixed());
        foreach (var lane in new[] { "ar", "mpc" })
        {
            var generator = scenario.Generator(lane);
            var exact = new ExactOffManifold(generator).At(scenario.Length)!.Value;
            var covered = Enumerable.Range(0, 200)
                .Count(seed => MonteCarloEstimator.Run(generator, seed, 1000).Interval(scenario.Length).Contains(exact));
            Assert.True(covered >= 180, $"{lane}: {covered} of 200 intervals hold {exact}");
        }
    }

    /// <summary>The fast noisy-oracle sampler against exact values on a two-state automaton whose feasibility changes near the end.</summary>
    [Fact]
    public void The_fast_oracle_sampler_agrees_with_exact_values_on_a_two_state_automaton()
    {
        const int samples = 20_000;
        var spec = new ScenarioSpec
        {
            Name = "two-states",
            Length = 8,
            ExtraTokens = ["x"],
            Manifold = new AutomatonManifoldSpec("p", ["q"],
            [
                new AutomatonStateSpec("p", [new AutomatonMoveSpec("a", "q", 2), new AutomatonMoveSpec("b", "p")]),
                new AutomatonStateSpec("q", [new AutomatonMoveSpec("a", "p"), new AutomatonMoveSpec("c", "q", 3)]),
            ]),
            Generators = [TestSpecs.Oracle("invalid", 0.05), TestSpecs.Oracle("uniform", 0.2, NoiseMode.Uniform)],
        };
        var scenario = ScenarioCompiler.Compile(spec);
        foreach (var generator in scenario.Generators)
        {
            var histogram = MonteCarloEstimator.Run(generator, 3, samples);
            var exact = new ExactOffManifold(generator);
            for (var t = 1; t <= scenario.Length; t++)
            {
                var value = exact.At(t)!.Value;
                var sigma = Math.Sqrt(value * (1 - value) / samples);
                Assert.True(Math.Abs(histogram.Estimate(t) - value) <= (4.5 * sigma) + (1.0 / samples), $"{generator.Name} t={t}");
            }
        }
    }

    [Fact]
    public void The_thread_count_does_not_change_a_result()
    {
        var scenario = ScenarioCompiler.Compile(Mixed());
        foreach (var generator in scenario.Generators)
        {
            var one = MonteCarloEstimator.Run(generator, 9, 3000, maxThreads: 1);
            var two = MonteCarloEstimator.Run(generator, 9, 3000, maxThreads: 2);
            var four = MonteCarloEstimator.Run(generator, 9, 3000, maxThreads: 4);
            for (var t = 0; t <= scenario.Length; t++)
            {
                Assert.Equal(one.OffBy(t), two.OffBy(t));
                Assert.Equal(one.OffBy(t), four.OffBy(t));
            }
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_tokens_and_another_seed_other_tokens()
    {
        static string Tokens(long seed) => string.Join(
            "|",
            new DebuggerSession(Mixed(), new SessionOptions { Seed = seed }).Execute(new ContinueCommand())
                .Lanes.Select(l => string.Join(' ', l.Tokens)));
        Assert.Equal(Tokens(3), Tokens(3));
        Assert.NotEqual(Tokens(3), Tokens(4));
    }

    [Fact]
    public void An_off_manifold_above_breakpoint_does_not_depend_on_a_monte_carlo_run_made_before()
    {
        var spec = TestSpecs.Loop(100, ["a", "b"], ["x"], TestSpecs.Oracle("ar", 0.01)) with
        {
            Breakpoints = [new BreakpointSpec(BreakpointKind.OffManifoldAbove, 0.3)],
        };

        // Exact values: the breakpoint fires where 1 − 0.99^t first exceeds 0.3 (t = 36).
        var exact = new DebuggerSession(spec).Execute(new ContinueCommand());
        Assert.Equal(36, exact.Hit?.T);

        // Past the exact limit it never fires, whether or not Monte Carlo ran before.
        var limited = new SessionOptions { MaxExactStates = 0 };
        var plain = new DebuggerSession(spec, limited).Execute(new ContinueCommand());
        var afterMonteCarlo = new DebuggerSession(spec, limited);
        afterMonteCarlo.Snapshot.Lane("ar").OffManifold.RunMonteCarlo(2000);
        Assert.Null(plain.Hit);
        Assert.Null(afterMonteCarlo.Execute(new ContinueCommand()).Hit);
    }

    [Fact]
    public void Wilson_interval_matches_its_formula()
    {
        var interval = WilsonInterval.Of95(30, 100);
        const double z = 1.959963984540054;
        var n = 100.0;
        var p = 0.3;
        var center = (p + (z * z / (2 * n))) / (1 + (z * z / n));
        var half = z / (1 + (z * z / n)) * Math.Sqrt((p * (1 - p) / n) + (z * z / (4 * n * n)));
        Assert.Equal(center - half, interval.Lower, 1e-12);
        Assert.Equal(center + half, interval.Upper, 1e-12);
    }
}
