using ArDivergence.Core.Generators;
using ArDivergence.Core.Generators.Diffusion;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tests.Support;
using CsCheck;

namespace ArDivergence.Core.Tests.Diffusion;

/// <summary>Invariants of the denoiser and the diffusion lane over random small automata.</summary>
public class DiffusionPropertyTests
{
    private static readonly string[] Tokens = ["a", "b", "c"];

    /// <summary>A random automaton (1–3 states, L = 1–4, maybe a never-valid token) that has a valid sequence, with the given lanes.</summary>
    private static Gen<ScenarioSpec> Automata(Func<int, GeneratorSpec[]> lanes) =>
        from stateCount in Gen.Int[1, 3]
        from tokenCount in Gen.Int[1, 3]
        from extra in Gen.Bool
        from length in Gen.Int[1, 4]
        from moves in TinyScenarios.Moves(stateCount, tokenCount).Array[stateCount]
        from accept in Gen.Bool.Array[stateCount]
        let spec = new ScenarioSpec
        {
            Name = "random",
            Length = length,
            Vocabulary = Tokens,
            ExtraTokens = extra ? ["x"] : [],
            Manifold = TinyScenarios.Automaton(Tokens, stateCount, moves, accept),
            Generators = lanes(length),
        }
        where LengthFeasibility.Check(spec) is null
        select spec;

    [Fact]
    public void Exact_marginals_committed_one_at_a_time_never_leave_the_manifold()
    {
        Automata(length =>
        [
            DiffusionSpecs.Diffusion("one-block", 0, steps: length),
            DiffusionSpecs.Diffusion("random-order", 0, steps: length, remasking: Remasking.Random),
            DiffusionSpecs.Diffusion("blocks-of-1", 0, steps: length, blockLength: 1),
        ]).Sample(spec =>
        {
            var scenario = ScenarioCompiler.Compile(spec);
            foreach (var lane in scenario.Generators)
            {
                var exact = new ExactOffManifold(lane);
                Assert.Equal(0.0, exact.At(scenario.Length));
                var random = StreamKeys.ForRun(1, lane.Name, 0);
                Assert.Equal(scenario.Length + 1, ((MaskedDiffusionGenerator)lane).FirstOffStep(ref random));
            }
        }, iter: 100);
    }

    /// <summary>μ_i(v | C) against Σ P*(x) over the sequences x that agree with C and have x_i = v, normalised.</summary>
    [Fact]
    public void Denoiser_marginals_equal_brute_force_conditionals()
    {
        var cases =
            from spec in Automata(_ => [TestSpecs.Oracle("truth", 0)])
            from mask in Gen.Int[0, 3].Array[4]
            select (spec, mask);
        cases.Sample(c =>
        {
            var scenario = ScenarioCompiler.Compile(c.spec);
            var truth = (ISequenceScorer)scenario.Generator("truth");
            var size = scenario.Vocabulary.Count;
            var length = scenario.Length;

            // Positions whose mask value names a token of V are committed to it; the rest stay masked.
            var canvas = Canvas.Of(Enumerable.Range(0, length).Select(i => c.mask[i] < size && c.mask[i] < 3 ? c.mask[i] : Canvas.Masked));
            var weights = new double[length][];
            for (var i = 0; i < length; i++)
            {
                weights[i] = new double[size];
            }

            var total = 0.0;
            foreach (var sequence in Enumeration.AllSequences(size, length))
            {
                if (Enumerable.Range(1, length).Any(p => !canvas.IsMasked(p) && canvas[p] != sequence[p - 1]))
                {
                    continue;
                }

                var probability = truth.SequenceProbability(sequence);
                total += probability;
                for (var i = 0; i < length; i++)
                {
                    weights[i][sequence[i]] += probability;
                }
            }

            var marginals = ConditionalMarginals.Of(scenario.Manifold, canvas);
            Assert.Equal(total > 0, marginals is not null);
            Assert.Equal(total > 0, ConditionalMarginals.IsConsistent(scenario.Manifold, canvas));
            if (marginals is null)
            {
                return;
            }

            for (var i = 0; i < length; i++)
            {
                for (var v = 0; v < size; v++)
                {
                    Assert.Equal(weights[i][v] / total, marginals[i][v], 1e-9);
                }
            }
        }, iter: 200);
    }
}
