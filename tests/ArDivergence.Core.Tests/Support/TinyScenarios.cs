using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Specs;
using CsCheck;

namespace ArDivergence.Core.Tests.Support;

/// <summary>
/// Random small automata (1–3 states, 1–3 valid tokens, maybe one never-valid token, L = 1–4) with one
/// lane of every kind: small enough to enumerate every sequence.
/// </summary>
internal static class TinyScenarios
{
    private static readonly string[] Tokens = ["a", "b", "c"];

    public static Gen<ScenarioSpec> Gen { get; } =
        from stateCount in CsCheck.Gen.Int[1, 3]
        from tokenCount in CsCheck.Gen.Int[1, 3]
        from extra in CsCheck.Gen.Bool
        from length in CsCheck.Gen.Int[1, 4]
        from moves in Moves(stateCount, tokenCount).Array[stateCount]
        from accept in CsCheck.Gen.Bool.Array[stateCount]
        from errors in CsCheck.Gen.Double[0.0, 0.6].Array[4]
        from commit in CsCheck.Gen.Int[1, 3]
        from horizon in CsCheck.Gen.Int[0, 3]
        from prefixCache in CsCheck.Gen.Bool
        from seed in CsCheck.Gen.Long[0, 1000]
        let spec = Build(stateCount, extra, length, moves, accept, errors, commit, horizon == 0 ? null : horizon, prefixCache, seed)
        where LengthFeasibility.Check(spec) is null
        select spec;

    /// <summary>Some of the tokens as moves of one state, each to a random state with a random weight.</summary>
    internal static Gen<(int Token, int To, double Weight)[]> Moves(int stateCount, int tokenCount) =>
        from present in CsCheck.Gen.Bool.Array[tokenCount]
        from targets in CsCheck.Gen.Int[0, stateCount - 1].Array[tokenCount]
        from weights in CsCheck.Gen.Double[0.1, 3.0].Array[tokenCount]
        select Enumerable.Range(0, tokenCount).Where(i => present[i]).Select(i => (i, targets[i], weights[i])).ToArray();

    private static ScenarioSpec Build(
        int stateCount,
        bool extra,
        int length,
        (int Token, int To, double Weight)[][] moves,
        bool[] accept,
        double[] errors,
        int commit,
        int? horizon,
        bool prefixCache,
        long seed)
    {
        return new ScenarioSpec
        {
            Name = "tiny",
            Seed = seed,
            Length = length,
            Vocabulary = Tokens,
            ExtraTokens = extra ? ["x"] : [],
            Manifold = Automaton(Tokens, stateCount, moves, accept),
            Generators =
            [
                TestSpecs.Oracle("oracle", errors[0]),
                TestSpecs.Oracle("oracle-uniform", errors[1], NoiseMode.Uniform),
                new AutoregressiveGeneratorSpec("ngram", new NgramModelSpec(2, 20, 0.5), new ComputeSpec()),
                TestSpecs.Factorized("factorized", errors[2]),
                TestSpecs.Joint("joint", errors[3]),
                TestSpecs.Joint("joint-consistent", errors[3], Conditioning.Consistent),
                TestSpecs.Mpc("mpc-oracle", "oracle", commit, horizon, prefixCache),
                TestSpecs.Mpc("mpc-ngram", "ngram", commit, horizon, prefixCache),
                TestSpecs.Mpc("mpc-factorized", "factorized", commit, horizon, prefixCache),
                TestSpecs.Mpc("mpc-joint", "joint", commit, horizon, prefixCache),
                TestSpecs.Mpc("mpc-consistent", "joint-consistent", commit, horizon, prefixCache),
            ],
        };
    }

    /// <summary>States s0..s(n−1) with the given moves, starting at s0; accepting where marked (every state when none is).</summary>
    internal static AutomatonManifoldSpec Automaton(
        IReadOnlyList<string> tokens, int stateCount, (int Token, int To, double Weight)[][] moves, bool[] accept)
    {
        var names = Enumerable.Range(0, stateCount).Select(i => $"s{i}").ToArray();
        var accepting = names.Where((_, i) => accept[i]).ToArray();
        var states = names.Select((name, i) => new AutomatonStateSpec(
            name, [.. moves[i].Select(m => new AutomatonMoveSpec(tokens[m.Token], names[m.To], m.Weight))])).ToArray();
        return new AutomatonManifoldSpec("s0", accepting.Length == 0 ? null : accepting, states);
    }
}
