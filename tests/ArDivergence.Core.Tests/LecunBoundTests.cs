using ArDivergence.Core.Metrics;
using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tests.Support;
using CsCheck;

namespace ArDivergence.Core.Tests;

/// <summary>
/// lecun_bound (semantics §13): e_min over the reachable on-manifold states and 1 − (1 − e_min)^L, a true lower
/// bound on off_manifold at L; with tolerance k, P(Binomial(L, e_min) &gt; k).
/// </summary>
public class LecunBoundTests
{
    [Fact]
    public void The_bound_never_exceeds_off_manifold_on_random_automata_and_models()
    {
        MediumScenarios.Gen.Sample(spec =>
        {
            var scenario = ScenarioCompiler.Compile(spec);
            foreach (var generator in scenario.Generators)
            {
                var exact = new ExactOffManifold(generator);
                var bound = exact.LecunBound()!;
                var off = exact.At(scenario.Length)!.Value;
                Assert.True(bound.Bound <= off + 1e-12, $"{generator.Name}: bound {bound.Bound} (e_min {bound.MinTokenError}) above off_manifold {off}");
                Assert.InRange(bound.MinTokenError, 0.0, 1.0);
            }
        }, iter: 40);
    }

    [Fact]
    public void The_bound_with_tolerance_never_exceeds_off_manifold()
    {
        MediumScenarios.Gen.Sample(spec =>
        {
            foreach (var k in new[] { 1, 3 })
            {
                var tolerant = spec with
                {
                    Manifold = spec.Manifold with { Tolerance = k },
                    Generators = [.. spec.Generators.Where(g => g is AutoregressiveGeneratorSpec)],
                };
                var scenario = ScenarioCompiler.Compile(tolerant);
                foreach (var generator in scenario.Generators)
                {
                    var exact = new ExactOffManifold(generator);
                    var bound = exact.LecunBound()!;
                    var off = exact.At(scenario.Length)!.Value;
                    Assert.True(bound.Bound <= off + 1e-12, $"{generator.Name} k={k}: bound {bound.Bound} above off_manifold {off}");
                }
            }
        }, iter: 20);
    }

    [Fact]
    public void With_iid_invalid_noise_the_bound_equals_off_manifold()
    {
        // lecun-iid's `invalid` lane: every string over {a, b, c} is valid, x never is, e_t = 0.01 everywhere.
        var spec = TestSpecs.Loop(100, ["a", "b", "c"], ["x"], TestSpecs.Oracle("invalid", 0.01));
        var exact = new ExactOffManifold(ScenarioCompiler.Compile(spec).Generator("invalid"));
        var bound = exact.LecunBound()!;
        Assert.Equal(0.01, bound.MinTokenError, 15);
        Assert.True(bound.Applies);
        Assert.Equal(1 - Math.Pow(0.99, 100), bound.Bound, 12);
        Assert.Equal(exact.At(100)!.Value, bound.Bound, 12);
    }

    [Fact]
    public void A_state_with_zero_error_makes_the_argument_not_apply()
    {
        // Uniform noise over {a}: with only one token, nothing is ever invalid.
        var spec = TestSpecs.Loop(10, ["a", "b"], [], TestSpecs.Oracle("clean", 0.3));
        var bound = new ExactOffManifold(ScenarioCompiler.Compile(spec).Generator("clean")).LecunBound()!;
        Assert.False(bound.Applies);
        Assert.Equal(0.0, bound.Bound);
    }

    [Theory]
    [InlineData(0.01, 100, 0)]
    [InlineData(0.05, 40, 2)]
    [InlineData(0.3, 12, 5)]
    public void The_tolerant_bound_is_the_binomial_tail(double eMin, int length, int k)
    {
        var tail = 0.0;
        for (var i = k + 1; i <= length; i++)
        {
            tail += MathNet.Numerics.Distributions.Binomial.PMF(eMin, length, i);
        }

        Assert.Equal(tail, new LecunBound(eMin, length, k).Bound, 12);
    }

    [Fact]
    public void Beyond_the_state_limit_there_is_no_bound()
    {
        var spec = TestSpecs.Loop(6, ["a", "b", "c"], ["x"], new AutoregressiveGeneratorSpec("ngram", new NgramModelSpec(3, 30, 0.5), new ComputeSpec()));
        var exact = new ExactOffManifold(ScenarioCompiler.Compile(spec).Generator("ngram"), maxStates: 2);
        Assert.Null(exact.LecunBound());
        Assert.True(exact.LimitReached);
    }
}
