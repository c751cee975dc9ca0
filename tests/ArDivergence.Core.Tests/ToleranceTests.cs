using ArDivergence.Core.Generators;
using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tests.Support;
using CsCheck;

namespace ArDivergence.Core.Tests;

/// <summary>
/// <c>manifold.tolerance: k</c> and self-conditioning <c>after_error: κ</c> (semantics §13): exact dynamic
/// programming against brute-force enumeration of every sequence on tiny automata, with its own bookkeeping of
/// (inner state, invalid so far) over the plain manifold.
/// </summary>
public class ToleranceTests
{
    private const double Tolerance = 1e-12;

    private static readonly string[] Tokens = ["a", "b", "c"];

    private static readonly Gen<ScenarioSpec> TinyTolerant =
        from stateCount in Gen.Int[1, 3]
        from tokenCount in Gen.Int[1, 3]
        from length in Gen.Int[1, 5]
        from moves in TinyScenarios.Moves(stateCount, tokenCount).Array[stateCount]
        from accept in Gen.Bool.Array[stateCount]
        from error in Gen.Double[0.0, 0.6]
        from kappa in Gen.Double[0.5, 4.0]
        from tolerance in Gen.Int[0, 3]
        from uniform in Gen.Bool
        from verified in Gen.Bool
        let spec = new ScenarioSpec
        {
            Name = "tolerant",
            Length = length,
            Vocabulary = Tokens,
            ExtraTokens = ["x"],
            Manifold = TinyScenarios.Automaton(Tokens, stateCount, moves, accept) with { Tolerance = tolerance },
            Generators =
            [
                new AutoregressiveGeneratorSpec(
                    "lane",
                    new NoisyOracleModelSpec(new ConstantErrorSpec(error), uniform ? NoiseMode.Uniform : NoiseMode.Invalid) { AfterError = kappa },
                    new ComputeSpec())
                {
                    Verifier = verified ? new VerifierSpec(0.7, 0.1, 2) : null,
                },
                new AutoregressiveGeneratorSpec("ngram", new NgramModelSpec(2, 20, 0.5), new ComputeSpec()),
            ],
        }
        where LengthFeasibility.Check(spec) is null
        select spec;

    /// <summary>
    /// P(more than k invalid tokens by t), t = 0..L, summing over all |V|^L sequences. The probability of a
    /// sequence is built here from the plain manifold (tolerance 0) and the lane's model, tracking the inner
    /// state and j by hand: an invalid token keeps the inner state and adds one to j.
    /// </summary>
    private static double[] BruteForce(ScenarioSpec spec, string laneName)
    {
        var tolerant = ScenarioCompiler.Compile(spec);
        var plain = ScenarioCompiler.Compile(spec with { Manifold = spec.Manifold with { Tolerance = 0 } });
        var lane = (AutoregressiveGenerator)tolerant.Generator(laneName);
        var tolerance = spec.Manifold.Tolerance;
        var manifold = plain.Manifold;
        var length = tolerant.Length;
        var off = new double[length + 1];
        foreach (var sequence in Enumeration.AllSequences(tolerant.Manifold.VocabularySize, length))
        {
            var probability = 1.0;
            var inner = manifold.StartState;
            var invalid = 0;
            var context = lane.Model.InitialContext;
            var firstOff = length + 1;
            for (var t = 1; t <= length && probability > 0; t++)
            {
                var token = sequence[t - 1];
                if (firstOff <= length)
                {
                    // Off for good: the rest of the sequence only has to carry its probability (any distribution sums to 1).
                    probability *= lane.Conditional(new ProcessKey(ManifoldState.Off, 0, context), t).Probability(token);
                    context = lane.Model.Advance(context, token);
                    continue;
                }

                // The lane's own distribution at its tolerant state (the state only names the pair); a distribution,
                // also at a dead end that only tolerance reaches.
                var conditional = lane.Conditional(new ProcessKey(TolerantState(tolerant.Manifold, inner, invalid, manifold, sequence, t), 0, context), t);
                Assert.Equal(1.0, Enumerable.Range(0, tolerant.Manifold.VocabularySize).Sum(conditional.Probability), 12);
                probability *= conditional.Probability(token);
                var moves = manifold.Moves(inner, t);
                if (moves.IndexOf(token) >= 0)
                {
                    inner = moves.Next(token);
                }
                else if (++invalid > tolerance)
                {
                    firstOff = t;
                }

                context = lane.Model.Advance(context, token);
            }

            for (var t = firstOff; t <= length; t++)
            {
                off[t] += probability;
            }
        }

        return off;
    }

    /// <summary>The tolerant manifold's id of (inner, j), found by replaying the prefix and checking the pair it reaches.</summary>
    private static int TolerantState(IManifold tolerant, int inner, int invalid, IManifold plain, int[] sequence, int t)
    {
        var state = tolerant.StartState;
        for (var i = 1; i < t; i++)
        {
            state = tolerant.Advance(state, i, sequence[i - 1]);
        }

        Assert.Equal(invalid, tolerant.InvalidSoFar(state));
        Assert.Equal(plain.Moves(inner, t).Tokens, tolerant.Moves(state, t).Tokens);
        return state;
    }

    [Fact]
    public void Exact_off_manifold_with_tolerance_and_self_conditioning_matches_brute_force()
    {
        TinyTolerant.Sample(spec =>
        {
            var scenario = ScenarioCompiler.Compile(spec);
            foreach (var name in new[] { "lane", "ngram" })
            {
                var reference = BruteForce(spec, name);
                var exact = new ExactOffManifold(scenario.Generator(name));
                for (var t = 1; t <= scenario.Length; t++)
                {
                    var value = exact.At(t)!.Value;
                    Assert.True(Math.Abs(value - reference[t]) <= Tolerance, $"{name} k={spec.Manifold.Tolerance} t={t}: {value} vs brute force {reference[t]}");
                }
            }
        }, iter: 80);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.37)]
    public void An_invalid_token_that_uses_up_a_needed_position_leads_to_a_dead_end(double error)
    {
        // q0 -a-> q1 -b-> q2, only q2 accepting, L = 2, k = 1. An invalid first token leaves the lane in q0 with one
        // position left and no way to q2: the second token is invalid whatever it is, the second slip. A valid
        // first token allows one slip at t = 2. So off_manifold(2) = ε exactly.
        var automaton = new AutomatonManifoldSpec("q0", ["q2"],
        [
            new AutomatonStateSpec("q0", [new AutomatonMoveSpec("a", "q1")]),
            new AutomatonStateSpec("q1", [new AutomatonMoveSpec("b", "q2")]),
            new AutomatonStateSpec("q2", []),
        ]);
        var spec = new ScenarioSpec
        {
            Name = "dead-end",
            Length = 2,
            ExtraTokens = ["x"],
            Manifold = automaton with { Tolerance = 1 },
            Generators = [TestSpecs.Oracle("lane", error)],
        };
        var lane = ScenarioCompiler.Compile(spec).Generator("lane");
        Assert.Equal(error, new ExactOffManifold(lane).At(2)!.Value, 12);
        var interval = MonteCarloEstimator.Run(lane, seed: 11, samples: 20_000, maxThreads: 1).Interval(2);
        Assert.InRange(error, interval.Lower, interval.Upper);
    }

    [Fact]
    public void The_self_conditioned_error_is_epsilon_kappa_to_the_j_capped_at_1()
    {
        // One looping state over {a, b}, x never valid: token_error = min(1, ε·κ^j) at every step.
        var spec = TestSpecs.Loop(30, ["a", "b"], ["x"],
            new AutoregressiveGeneratorSpec("lane", new NoisyOracleModelSpec(new ConstantErrorSpec(0.2)) { AfterError = 3 }, new ComputeSpec()));
        spec = spec with { Manifold = spec.Manifold with { Tolerance = 4 } };
        foreach (var seed in Enumerable.Range(0, 20))
        {
            var steps = Lanes.RunToEnd(spec, "lane", seed);
            var invalid = 0;
            foreach (var step in steps)
            {
                if (step.TokenError is { } error)
                {
                    Assert.Equal(Math.Min(1.0, 0.2 * Math.Pow(3, invalid)), error, 12);
                }

                invalid = step.InvalidSoFar;
            }
        }
    }

    [Fact]
    public void Kappa_has_no_effect_without_tolerance_and_k_0_is_the_plain_manifold()
    {
        MediumScenarios.Gen.Sample(spec =>
        {
            var kappa = spec with
            {
                Generators = [.. spec.Generators.Select(g => g is AutoregressiveGeneratorSpec { Model: NoisyOracleModelSpec oracle } a
                    ? a with { Model = oracle with { AfterError = 3.0 } }
                    : g)],
            };
            var zero = spec with { Manifold = spec.Manifold with { Tolerance = 0 } };
            var scenario = ScenarioCompiler.Compile(spec);
            foreach (var generator in scenario.Generators)
            {
                var reference = new ExactOffManifold(generator);
                var withKappa = new ExactOffManifold(ScenarioCompiler.Compile(kappa).Generator(generator.Name));
                var withZero = new ExactOffManifold(ScenarioCompiler.Compile(zero).Generator(generator.Name));
                for (var t = 1; t <= scenario.Length; t++)
                {
                    Assert.Equal(reference.At(t), withKappa.At(t));
                    Assert.Equal(reference.At(t), withZero.At(t));
                }
            }
        }, iter: 10);
    }

    [Fact]
    public void Monte_Carlo_with_tolerance_agrees_with_the_exact_value()
    {
        var spec = TestSpecs.Loop(40, ["a", "b"], ["x"],
            new AutoregressiveGeneratorSpec("lane", new NoisyOracleModelSpec(new ConstantErrorSpec(0.05)) { AfterError = 2 }, new ComputeSpec()));
        spec = spec with { Manifold = spec.Manifold with { Tolerance = 2 } };
        var lane = ScenarioCompiler.Compile(spec).Generator("lane");
        var exact = new ExactOffManifold(lane).At(40)!.Value;
        var interval = MonteCarloEstimator.Run(lane, seed: 3, samples: 20_000, maxThreads: 1).Interval(40);
        Assert.InRange(exact, interval.Lower, interval.Upper);
    }
}
