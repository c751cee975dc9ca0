using ArDivergence.Core.Debugging;
using ArDivergence.Core.Numerics;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tests.Support;

namespace ArDivergence.Core.Tests;

/// <summary>Tiny errors over long sequences, probabilities next to 1, extreme weights: accurate, never NaN.</summary>
public class NumericRobustnessTests
{
    [Fact]
    public void An_error_of_1e_minus_12_over_100000_tokens_keeps_nine_significant_digits()
    {
        const double error = 1e-12;
        const int length = 100_000;
        var spec = TestSpecs.Loop(length, ["a", "b"], ["x"], TestSpecs.Oracle("ar", error));
        var expected = -AccurateMath.Expm1(length * AccurateMath.Log1p(-error)); // 9.99999950e-8
        var exact = Lanes.ExactOffAtEnd(spec, "ar");
        Assert.True(Math.Abs(exact - expected) / expected < 1e-9, $"off_manifold {exact:R} vs {expected:R}");
        var last = Lanes.RunToEnd(spec, "ar")[^1];
        Assert.True(Math.Abs(last.PathOff - expected) / expected < 1e-9, $"path_off {last.PathOff:R} vs {expected:R}");
        Assert.True(Math.Abs(last.LecunNaive - expected) / expected < 1e-9, $"lecun_naive {last.LecunNaive:R} vs {expected:R}");
    }

    [Fact]
    public void A_continuation_with_probability_one_minus_1e_minus_15_is_resolved_by_a_factorized_model()
    {
        const double weight = 1e-15;
        var spec = new ScenarioSpec
        {
            Name = "nearly-certain",
            Manifold = new SequencesManifoldSpec([new WeightedSequenceSpec(["a", "b"]), new WeightedSequenceSpec(["c", "d"], weight)]),
            Generators = [TestSpecs.Factorized("one-shot", 0.0), TestSpecs.Joint("joint", 1e-15)],
        };

        // P(a d) + P(c b) = 2w / (1 + w)²
        var expected = 2 * weight / ((1 + weight) * (1 + weight));
        var exact = Lanes.ExactOffAtEnd(spec, "one-shot");
        Assert.True(Math.Abs(exact - expected) / expected < 1e-9, $"{exact:R} vs {expected:R}");
        var joint = Lanes.ExactOffAtEnd(spec, "joint");
        Assert.True(Math.Abs(joint - 1e-15) / 1e-15 < 1e-9, $"{joint:R}");
    }

    [Fact]
    public void Weights_near_the_largest_double_do_not_overflow_into_nan()
    {
        var spec = new ScenarioSpec
        {
            Name = "huge-weights",
            Length = 3,
            ExtraTokens = ["x"],
            Manifold = new AutomatonManifoldSpec("q", null, [new AutomatonStateSpec("q",
                [new AutomatonMoveSpec("a", "q", double.MaxValue), new AutomatonMoveSpec("b", "q", double.MaxValue)])]),
            Generators = [TestSpecs.Oracle("ar", 0.5), TestSpecs.Factorized("one-shot", 0.1)],
        };
        var snapshot = new DebuggerSession(spec).Execute(new ContinueCommand());
        foreach (var lane in snapshot.Lanes)
        {
            foreach (var step in lane.Steps)
            {
                Assert.True(double.IsFinite(step.TokenProbability) && double.IsFinite(step.PathOff) && double.IsFinite(step.LecunNaive));
                Assert.All(step.Top, t => Assert.True(double.IsFinite(t.Probability)));
                Assert.True(double.IsFinite(lane.OffManifold.At(step.T)!.Value.Value));
            }
        }

        Assert.Equal(1 - Math.Pow(0.5, 3), snapshot.Lane("ar").OffManifold.At(3)!.Value.Value, 1e-12);
    }

    [Fact]
    public void Errors_of_exactly_zero_and_one_give_exact_zero_and_one()
    {
        var spec = TestSpecs.Loop(50, ["a"], ["x"], TestSpecs.Oracle("never", 0.0), TestSpecs.Oracle("always", 1.0));
        Assert.Equal(0.0, Lanes.ExactOffAtEnd(spec, "never"));
        Assert.Equal(1.0, Lanes.ExactOffAtEnd(spec, "always"));
        var always = Lanes.RunToEnd(spec, "always");
        Assert.Equal(1.0, always[0].PathOff);
        Assert.Equal(1.0, always[^1].LecunNaive);
    }
}
