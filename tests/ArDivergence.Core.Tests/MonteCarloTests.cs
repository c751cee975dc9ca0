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
        TestSpecs.Mpc("mpc-3", "joint", commit: 3, horizon: 5, prefixCache: true)) with { Seed = 5 };

    public static TheoryData<string> Lanes() => ["ar", "ar-uniform", "factorized", "joint", "mpc", "mpc-3"];

    [Theory]
    [MemberData(nameof(Lanes))]
    public void The_95_percent_interval_holds_the_exact_value_at_every_tenth_step(string lane)
    {
        var scenario = ScenarioCompiler.Compile(Mixed());
        var generator = scenario.Generator(lane);
        var histogram = MonteCarloEstimator.Run(generator, scenario.Seed, 4000);
        var exact = new ExactOffManifold(generator);
        foreach (var t in new[] { 10, 20, 30 })
        {
            var value = exact.At(t)!.Value;
            Assert.True(histogram.Interval(t).Contains(value), $"{lane} t={t}: exact {value} outside {histogram.Interval(t)}");
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
