using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Specs;
using CsCheck;

namespace ArDivergence.Core.Tests.Support;

/// <summary>
/// Random automata too long to enumerate (1–6 states, 1–5 valid tokens, 0–2 never-valid ones,
/// L = 1–40) with a lane of every kind whose exact process is cheap enough to check step by step
/// against <see cref="ReferenceOffManifold"/>: constant and scheduled oracles, n-grams of order 2–4,
/// factorized, joint and mpc lanes. Some automata accept only in some states, so the manifold's
/// step classes change near the end (and may alternate).
/// </summary>
internal static class MediumScenarios
{
    private static readonly string[] Tokens = ["a", "b", "c", "d", "e"];

    public static Gen<ScenarioSpec> Gen { get; } =
        from stateCount in CsCheck.Gen.Int[1, 6]
        from tokenCount in CsCheck.Gen.Int[1, 5]
        from extra in CsCheck.Gen.Int[0, 2]
        from length in CsCheck.Gen.Int[1, 40]
        from moves in TinyScenarios.Moves(stateCount, tokenCount).Array[stateCount]
        from accept in CsCheck.Gen.Bool.Array[stateCount]
        from errors in CsCheck.Gen.Double[0.0, 0.3].Array[4]
        from order in CsCheck.Gen.Int[2, 4]
        from trainSamples in CsCheck.Gen.Int[1, 30]
        from commit in CsCheck.Gen.Int[1, 3]
        from horizon in CsCheck.Gen.Int[0, 4]
        from seed in CsCheck.Gen.Long[0, 1000]
        let spec = Build(stateCount, extra, length, moves, accept, errors, order, trainSamples, commit, horizon == 0 ? null : horizon, seed)
        where LengthFeasibility.Check(spec) is null
        select spec;

    private static ScenarioSpec Build(
        int stateCount,
        int extra,
        int length,
        (int Token, int To, double Weight)[][] moves,
        bool[] accept,
        double[] errors,
        int order,
        int trainSamples,
        int commit,
        int? horizon,
        long seed)
    {
        return new ScenarioSpec
        {
            Name = "medium",
            Seed = seed,
            Length = length,
            Vocabulary = Tokens,
            ExtraTokens = [.. new[] { "x", "y" }.Take(extra)],
            Manifold = TinyScenarios.Automaton(Tokens, stateCount, moves, accept),
            Generators =
            [
                TestSpecs.Oracle("oracle", errors[0]),
                TestSpecs.Oracle("oracle-uniform", errors[1], NoiseMode.Uniform),
                new AutoregressiveGeneratorSpec(
                    "oracle-linear", new NoisyOracleModelSpec(new LinearErrorSpec(errors[0], errors[1])), new ComputeSpec()),
                new AutoregressiveGeneratorSpec("ngram", new NgramModelSpec(order, trainSamples, 0.5), new ComputeSpec()),
                TestSpecs.Factorized("factorized", errors[2]),
                TestSpecs.Joint("joint", errors[3]),
                TestSpecs.Mpc("mpc-oracle", "oracle", commit, horizon),
                TestSpecs.Mpc("mpc-ngram", "ngram", commit, horizon),
                TestSpecs.Mpc("mpc-joint", "joint", commit, horizon),
            ],
        };
    }
}
