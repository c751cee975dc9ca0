using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tests.Support;

namespace ArDivergence.Core.Tests;

/// <summary>off_manifold at L against the closed forms of the issue, to 1e-9.</summary>
public class ClosedFormTests
{
    private const double Tolerance = 1e-9;

    [Theory]
    [InlineData(0.01, 100)]
    [InlineData(0.001, 1000)]
    [InlineData(0.3, 7)]
    public void Noisy_oracle_with_invalid_noise_is_off_with_probability_one_minus_one_minus_eps_to_the_L(double error, int length)
    {
        var spec = TestSpecs.Loop(length, ["a", "b"], ["x"], TestSpecs.Oracle("ar", error));
        var expected = 1 - Math.Pow(1 - error, length);
        Assert.Equal(expected, Lanes.ExactOffAtEnd(spec, "ar"), Tolerance);
    }

    [Fact]
    public void Noisy_oracle_with_uniform_noise_errs_eps_times_invalid_share_per_token()
    {
        const double error = 0.05;
        const int length = 40;
        var spec = TestSpecs.Loop(length, ["a", "b", "c"], ["x", "y"], TestSpecs.Oracle("ar", error, NoiseMode.Uniform));
        var perToken = error * 2.0 / 5.0;
        Assert.Equal(1 - Math.Pow(1 - perToken, length), Lanes.ExactOffAtEnd(spec, "ar"), Tolerance);
        var records = Lanes.RunToEnd(spec, "ar");
        Assert.All(records.Where(r => r.TokenError is not null), r => Assert.Equal(perToken, r.TokenError!.Value, Tolerance));
    }

    [Fact]
    public void Factorized_one_shot_says_danke_dank_half_the_time_while_its_mpc_and_the_oracle_never_do()
    {
        var spec = TestSpecs.DankeSchoen(
            TestSpecs.Oracle("ar", 0.0),
            TestSpecs.Factorized("one-shot", 0.0),
            TestSpecs.Mpc("mpc", "one-shot"));
        Assert.Equal(0.5, Lanes.ExactOffAtEnd(spec, "one-shot"), Tolerance);
        Assert.Equal(0.0, Lanes.ExactOffAtEnd(spec, "mpc"), Tolerance);
        Assert.Equal(0.0, Lanes.ExactOffAtEnd(spec, "ar"), Tolerance);
    }

    [Theory]
    [InlineData(0.3, 10)]
    [InlineData(0.05, 50)]
    public void Joint_one_shot_is_off_with_its_sequence_error(double error, int length)
    {
        var spec = TestSpecs.Loop(length, ["a", "b"], ["x"], TestSpecs.Joint("one-shot", error));
        Assert.Equal(error, Lanes.ExactOffAtEnd(spec, "one-shot"), Tolerance);
    }

    [Theory]
    [InlineData(0.3, 10)]
    [InlineData(0.05, 50)]
    public void Mpc_over_a_per_call_joint_model_errs_eps_over_m_at_each_plan(double error, int length)
    {
        var spec = TestSpecs.Loop(length, ["a", "b"], ["x"], TestSpecs.Joint("one-shot", error), TestSpecs.Mpc("mpc", "one-shot"));
        var stayOn = 1.0;
        for (var m = 1; m <= length; m++)
        {
            stayOn *= 1 - (error / m);
        }

        Assert.Equal(1 - stayOn, Lanes.ExactOffAtEnd(spec, "mpc"), Tolerance);
    }

    [Theory]
    [InlineData(0.3, 10)]
    [InlineData(0.05, 50)]
    public void Mpc_over_a_consistent_joint_model_keeps_its_sequence_error(double error, int length)
    {
        var spec = TestSpecs.Loop(
            length, ["a", "b"], ["x"], TestSpecs.Joint("one-shot", error, Conditioning.Consistent), TestSpecs.Mpc("mpc", "one-shot"));
        Assert.Equal(error, Lanes.ExactOffAtEnd(spec, "mpc"), Tolerance);
    }

    [Theory]
    [InlineData(0.3, 10, 1)]
    [InlineData(0.3, 10, 3)]
    public void Joint_one_shot_token_error_follows_eps_over_L_over_one_minus_eps_t_minus_1_over_L(double error, int length, long seed)
    {
        var spec = TestSpecs.Loop(length, ["a", "b"], ["x"], TestSpecs.Joint("one-shot", error));
        var records = Lanes.RunToEnd(spec, "one-shot", seed);
        foreach (var record in records.Where(r => r.TokenError is not null))
        {
            var t = record.T;
            var expected = error / length / (1 - (error * (t - 1) / length));
            Assert.Equal(expected, record.TokenError!.Value, Tolerance);
        }
    }

    [Theory]
    [InlineData(5, 4, 40)]
    [InlineData(3, 6, 30)]
    public void Clever_hans_on_path_star_is_off_with_probability_one_minus_one_over_d(int degree, int pathLength, int nodes)
    {
        var spec = new ScenarioSpec
        {
            Name = "star",
            Manifold = new PathStarTaskSpec(degree, pathLength, nodes),
            Generators = [new AutoregressiveGeneratorSpec("hans", new CleverHansModelSpec(), new ComputeSpec())],
        };
        Assert.Equal(1 - (1.0 / degree), Lanes.ExactOffAtEnd(spec, "hans"), Tolerance);
        var scenario = ScenarioCompiler.Compile(spec);
        Assert.Equal(pathLength, scenario.Length);
    }
}
