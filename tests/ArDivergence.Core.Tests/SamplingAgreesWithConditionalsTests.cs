using ArDivergence.Core.Generators;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tests.Support;
using MathNet.Numerics.Distributions;

namespace ArDivergence.Core.Tests;

/// <summary>
/// The lanes really run (plans, corruption, posterior sampling off the manifold) and the conditionals
/// that exact analysis uses are two separate pieces of code: the frequencies of sampled sequences must
/// fit the conditionals' sequence probabilities (G-test, fixed seeds, p &gt; 1e-6).
/// </summary>
public class SamplingAgreesWithConditionalsTests
{
    private const int Runs = 20_000;

    public static TheoryData<string> LaneNames() =>
    [
        "oracle", "oracle-uniform", "ngram", "factorized", "joint", "joint-consistent",
        "mpc-oracle", "mpc-factorized", "mpc-joint", "mpc-consistent", "mpc-factorized-2", "mpc-joint-2", "mpc-consistent-2",
    ];

    [Theory]
    [MemberData(nameof(LaneNames))]
    public void Sampled_sequences_fit_the_lane_conditionals(string lane)
    {
        var scenario = ScenarioCompiler.Compile(Spec());
        var generator = scenario.Generator(lane);
        var counts = new Dictionary<string, int>();
        for (var run = 0; run < Runs; run++)
        {
            var key = string.Join(' ', Sample(generator, StreamKeys.ForRun(11, lane, run)));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var g = 0.0;
        var cells = 0;
        foreach (var sequence in Enumeration.AllSequences(scenario.Vocabulary.Count, scenario.Length))
        {
            var expected = Assert.IsAssignableFrom<ISequenceScorer>(generator).SequenceProbability(sequence) * Runs;
            var observed = counts.GetValueOrDefault(string.Join(' ', sequence));
            if (expected == 0)
            {
                Assert.True(observed == 0, $"{lane} sampled {string.Join(' ', sequence)}, which has probability 0");
                continue;
            }

            cells++;
            if (observed > 0)
            {
                g += 2 * observed * Math.Log(observed / expected);
            }
        }

        var p = 1 - ChiSquared.CDF(cells - 1, g);
        Assert.True(p > 1e-6, $"{lane}: G = {g:F1} on {cells - 1} degrees of freedom, p = {p:G3}");
    }

    private static int[] Sample(IGenerator generator, SeededRandom random)
    {
        var state = generator.Start(random);
        var tokens = new List<int>();
        for (var t = 1; t <= generator.Context.Length; t++)
        {
            var outcome = generator.Step(state, tokens);
            tokens.Add(outcome.Token);
            state = outcome.Next;
        }

        return [.. tokens];
    }

    /// <summary>Three tokens (one never valid), two states, L = 3: 27 sequences, many with weight.</summary>
    private static ScenarioSpec Spec() => new()
    {
        Name = "agreement",
        Length = 3,
        Vocabulary = ["a", "b", "x"],
        Manifold = new AutomatonManifoldSpec(
            "p",
            ["q"],
            [
                new AutomatonStateSpec("p", [new AutomatonMoveSpec("a", "q", 2), new AutomatonMoveSpec("b", "p")]),
                new AutomatonStateSpec("q", [new AutomatonMoveSpec("a", "p"), new AutomatonMoveSpec("b", "q", 3)]),
            ]),
        Generators =
        [
            TestSpecs.Oracle("oracle", 0.2),
            TestSpecs.Oracle("oracle-uniform", 0.3, NoiseMode.Uniform),
            new AutoregressiveGeneratorSpec("ngram", new NgramModelSpec(2, 30, 0.3), new ComputeSpec()),
            TestSpecs.Factorized("factorized", 0.2),
            TestSpecs.Joint("joint", 0.4),
            TestSpecs.Joint("joint-consistent", 0.4, Conditioning.Consistent),
            TestSpecs.Mpc("mpc-oracle", "oracle"),
            TestSpecs.Mpc("mpc-factorized", "factorized"),
            TestSpecs.Mpc("mpc-joint", "joint"),
            TestSpecs.Mpc("mpc-consistent", "joint-consistent"),
            TestSpecs.Mpc("mpc-factorized-2", "factorized", commit: 2, horizon: 2),
            TestSpecs.Mpc("mpc-joint-2", "joint", commit: 2, horizon: 3),
            TestSpecs.Mpc("mpc-consistent-2", "joint-consistent", commit: 2, horizon: 2),
        ],
    };
}
