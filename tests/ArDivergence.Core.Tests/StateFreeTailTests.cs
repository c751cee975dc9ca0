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
/// Monte Carlo's state-free tail for a constant-ε oracle: from the step after which the off
/// probability no longer depends on the state, a run draws one number and reads the step at which it
/// leaves from the tail's survival (geometric where the probability is constant). Semantics §6 defines
/// the stream this way; the estimator must follow that definition run by run and number by number.
/// </summary>
public class StateFreeTailTests
{
    private const int ChainLength = 60;

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

    /// <summary>
    /// p and q accept; q's third move c enters a 20-state detour back to p. Near the end the detour can
    /// no longer finish, so c is not valid and every state has two moves: with uniform noise the off
    /// probability is 0.05·3/5 in every state there, 0.05·2/5 in q before. The tail starts mid-way.
    /// </summary>
    private static ScenarioSpec Chain(NoiseMode noise, double error = 0.05)
    {
        const int detour = 20;
        var states = new List<AutomatonStateSpec>
        {
            new("p", [new AutomatonMoveSpec("a", "q"), new AutomatonMoveSpec("b", "p")]),
            new("q", [new AutomatonMoveSpec("a", "p"), new AutomatonMoveSpec("b", "q"), new AutomatonMoveSpec("c", "r1")]),
        };
        for (var i = 1; i <= detour; i++)
        {
            var next = i == detour ? "p" : $"r{i + 1}";
            states.Add(new AutomatonStateSpec($"r{i}", [new AutomatonMoveSpec("a", next), new AutomatonMoveSpec("b", next)]));
        }

        return new ScenarioSpec
        {
            Name = "chain",
            Seed = 4,
            Length = ChainLength,
            Vocabulary = ["a", "b", "c"],
            ExtraTokens = ["x", "y"],
            Manifold = new AutomatonManifoldSpec("p", ["p", "q"], states),
            Generators = [TestSpecs.Oracle("oracle", error, noise)],
        };
    }

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

    [Fact]
    public void On_the_chain_the_tail_starts_mid_way_where_the_reference_finds_it()
    {
        var (automaton, oracle) = Parts(ScenarioCompiler.Compile(Chain(NoiseMode.Uniform)));
        var tail = StateFreeTail.Of(automaton, oracle);
        Assert.Equal(TailStreamReference.TailStart(automaton, oracle), tail.From);
        Assert.InRange(tail.From, 30, ChainLength - 2);
        Assert.Equal(0.05 * 3 / 5, tail.OffAt[ChainLength], 15);
    }

    public static TheoryData<string, NoiseMode> Fixed() => new()
    {
        { "loop", NoiseMode.Invalid },
        { "loop", NoiseMode.Uniform },
        { "chain", NoiseMode.Invalid },
        { "chain", NoiseMode.Uniform },
        { "two-states", NoiseMode.Uniform },
    };

    [Theory]
    [MemberData(nameof(Fixed))]
    public void The_sampler_draws_the_numbers_and_finds_the_first_off_step_of_the_reference(string name, NoiseMode noise)
    {
        var spec = name switch
        {
            "loop" => TestSpecs.Loop(300, ["a", "b", "c"], ["x", "y"], TestSpecs.Oracle("oracle", 0.004, noise)),
            "chain" => Chain(noise),
            _ => TwoStates(noise),
        };
        AssertSameRuns(ScenarioCompiler.Compile(spec), 20_000);
    }

    [Fact]
    public void On_random_automata_the_sampler_gives_the_runs_of_the_reference()
    {
        MediumScenarios.Gen.Sample(spec => AssertSameRuns(ScenarioCompiler.Compile(spec), 300), iter: 60);
    }

    /// <summary>Where the tail is every step, a run is one number, whatever the step at which it leaves.</summary>
    [Fact]
    public void A_run_whose_every_step_is_in_the_tail_draws_exactly_one_number()
    {
        var scenario = ScenarioCompiler.Compile(TestSpecs.Loop(1000, ["a", "b"], ["x", "y"], TestSpecs.Oracle("oracle", 0.001)));
        var (automaton, oracle) = Parts(scenario);
        var sampler = RunSamplers.NoisyOracle(automaton, oracle);
        for (var run = 0; run < 1000; run++)
        {
            var random = StreamKeys.ForRun(StreamKeys.RunKey(scenario.Seed, "oracle"), run);
            var expected = random;
            var u = expected.NextDouble();
            var firstOff = sampler.FirstOffStep(ref random);
            Assert.Equal(expected, random);

            // Closed form of the geometric: the first t with (1 − ε)^t ≤ u is ⌈ln u / ln(1 − ε)⌉ (past L: stays on),
            // compared where the quotient is not within rounding of an integer.
            var quotient = Math.Log(u) / Math.Log(1 - 0.001);
            if (u > 0 && Math.Abs(quotient - Math.Round(quotient)) > 1e-9)
            {
                Assert.Equal(Math.Min((int)Math.Ceiling(quotient), 1001), firstOff);
            }
        }
    }

    /// <summary>
    /// The closed-form guess for a constant p never changes the answer: at u = S(t) exactly a run leaves at
    /// t, just below S(t) at t + 1, checked at every t of a 1,000-step tail against a linear scan of S.
    /// </summary>
    [Theory]
    [InlineData(0.001)]
    [InlineData(0.3)]
    [InlineData(0.999)]
    [InlineData(1e-300)]
    public void At_the_survival_values_and_just_below_them_the_tail_leaves_where_a_linear_scan_says(double error)
    {
        var scenario = ScenarioCompiler.Compile(TestSpecs.Loop(1000, ["a", "b"], ["x"], TestSpecs.Oracle("oracle", error)));
        var (automaton, oracle) = Parts(scenario);
        var tail = StateFreeTail.Of(automaton, oracle);
        var survival = new double[1001];
        survival[0] = 1.0;
        for (var t = 1; t <= 1000; t++)
        {
            survival[t] = survival[t - 1] * (1.0 - tail.OffAt[t]);
        }

        int Scan(double u) => Enumerable.Range(1, 1000).FirstOrDefault(t => survival[t] <= u, 1001);
        var numbers = survival.Skip(1).SelectMany(s => new[] { s, Math.BitDecrement(s), Math.BitIncrement(s) })
            .Concat([0.0, double.Epsilon, 0.5, Math.BitDecrement(1.0)])
            .Where(u => u is >= 0 and < 1);
        foreach (var u in numbers)
        {
            Assert.Equal(Scan(u), tail.FirstOff(u));
        }
    }

    /// <summary>ε = 0: the tail's survival is 1 and no run leaves; ε = 1: it is 0 from step 1 and every run leaves there.</summary>
    [Theory]
    [InlineData(0.0, 0L)]
    [InlineData(1.0, 5000L)]
    public void Probability_zero_never_leaves_and_probability_one_leaves_at_the_first_step(double error, long offAtOne)
    {
        var scenario = ScenarioCompiler.Compile(TestSpecs.Loop(40, ["a", "b"], ["x"], TestSpecs.Oracle("oracle", error)));
        var (automaton, oracle) = Parts(scenario);
        Assert.Equal(1, StateFreeTail.Of(automaton, oracle).From);
        var histogram = MonteCarloEstimator.Run(scenario.Generators[0], 1, 5000, maxThreads: 2);
        Assert.Equal(offAtOne, histogram.OffBy(1));
        Assert.Equal(offAtOne, histogram.OffBy(40));
    }

    /// <summary>
    /// The estimator's first-off steps follow the exact DP's distribution: a G-test over the steps (cells
    /// merged until each expects ≥ 20 runs, plus "stayed on"), 400,000 runs at a fixed seed, against the
    /// chi-square quantile 0.9999. Checked on the chain, whose tail starts mid-way, with uniform and invalid noise.
    /// </summary>
    [Theory]
    [InlineData(NoiseMode.Uniform)]
    [InlineData(NoiseMode.Invalid)]
    public void The_first_off_step_follows_the_exact_distribution(NoiseMode noise)
    {
        const int samples = 400_000;
        var scenario = ScenarioCompiler.Compile(Chain(noise, 0.03));
        var generator = scenario.Generators[0];
        var histogram = MonteCarloEstimator.Run(generator, scenario.Seed, samples, maxThreads: 2);
        var exact = new ExactOffManifold(generator);
        var observed = new List<double>();
        var expected = new List<double>();
        double cellObserved = 0, cellExpected = 0, previous = 0;
        for (var t = 1; t <= ChainLength + 1; t++)
        {
            var cumulative = t <= ChainLength ? exact.At(t)!.Value : 1.0;
            cellExpected += (cumulative - previous) * samples;
            cellObserved += t <= ChainLength ? histogram.OffBy(t) - histogram.OffBy(t - 1) : samples - histogram.OffBy(ChainLength);
            previous = cumulative;
            if (cellExpected >= 20 || t == ChainLength + 1)
            {
                observed.Add(cellObserved);
                expected.Add(cellExpected);
                cellObserved = cellExpected = 0;
            }
        }

        var g = 2 * observed.Zip(expected).Sum(cell => cell.First == 0 ? 0 : cell.First * Math.Log(cell.First / cell.Second));
        var critical = MathNet.Numerics.Distributions.ChiSquared.InvCDF(observed.Count - 1, 0.9999);
        Assert.True(observed.Count > 20, $"{observed.Count} cells");
        Assert.True(g < critical, $"G = {g} over {observed.Count} cells, critical {critical}");
    }

    /// <summary>The 95% interval at L and at a step inside the tail holds the exact value in at least 180 of 200 seeds.</summary>
    [Fact]
    public void The_95_percent_interval_holds_the_exact_value_in_95_percent_of_estimates_on_the_chain()
    {
        var scenario = ScenarioCompiler.Compile(Chain(NoiseMode.Uniform));
        var generator = scenario.Generators[0];
        var exact = new ExactOffManifold(generator);
        foreach (var t in new[] { ChainLength - 5, ChainLength })
        {
            var value = exact.At(t)!.Value;
            var covered = Enumerable.Range(0, 200)
                .Count(seed => MonteCarloEstimator.Run(generator, seed, 1000).Interval(t).Contains(value));
            Assert.True(covered >= 180, $"t={t}: {covered} of 200 intervals hold {value}");
        }
    }

    [Fact]
    public void The_thread_count_does_not_change_a_result_on_the_chain()
    {
        var generator = ScenarioCompiler.Compile(Chain(NoiseMode.Uniform)).Generators[0];
        var one = MonteCarloEstimator.Run(generator, 9, 20_000, maxThreads: 1);
        var two = MonteCarloEstimator.Run(generator, 9, 20_000, maxThreads: 2);
        var four = MonteCarloEstimator.Run(generator, 9, 20_000, maxThreads: 4);
        for (var t = 0; t <= ChainLength; t++)
        {
            Assert.Equal(one.OffBy(t), two.OffBy(t));
            Assert.Equal(one.OffBy(t), four.OffBy(t));
        }
    }

    private static void AssertSameRuns(CompiledScenario scenario, int runs)
    {
        foreach (var generator in scenario.Generators)
        {
            if (generator is not AutoregressiveGenerator { Model: NoisyOracleModel { HasConstantError: true } oracle }
                || generator.Context.Manifold is not AutomatonManifold automaton)
            {
                continue;
            }

            var sampler = RunSamplers.NoisyOracle(automaton, oracle);
            var key = StreamKeys.RunKey(scenario.Seed, generator.Name);
            for (var run = 0; run < runs; run++)
            {
                var a = StreamKeys.ForRun(key, run);
                var b = a;
                Assert.Equal(TailStreamReference.FirstOffStep(automaton, oracle, ref b), sampler.FirstOffStep(ref a));
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
