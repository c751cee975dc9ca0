using ArDivergence.Core.Generators;
using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Randomness;

namespace ArDivergence.Core.Tests.Support;

/// <summary>
/// Semantics §6's stream of a constant-ε noisy oracle's Monte Carlo run on an automaton, written out
/// the plain way to check the estimator against: one number a step (off below the state's off
/// probability, else the valid move the rest of the number picks) until s*, the first step from which
/// every state with a valid move has the same off probability p_t at every step; then one number U for
/// the rest, leaving at the first t ≥ s* with Π_{j=s*..t} (1 − p_j) ≤ U. No step classes, no caches, no
/// binary search, and s* is searched over every step (the estimator's bound on that search does not bind
/// on automata this small).
/// </summary>
internal static class TailStreamReference
{
    public static int TailStart(AutomatonManifold automaton, NoisyOracleModel oracle)
    {
        var start = automaton.Length + 1;
        for (var t = automaton.Length; t >= 1 && CommonOff(automaton, oracle, t) is not null; t--)
        {
            start = t;
        }

        return start;
    }

    public static int FirstOffStep(AutomatonManifold automaton, NoisyOracleModel oracle, ref SeededRandom random)
    {
        var length = automaton.Length;
        var tailStart = TailStart(automaton, oracle);
        var state = automaton.StartState;
        for (var t = 1; t <= length; t++)
        {
            if (t == tailStart)
            {
                var u = random.NextDouble();
                var survival = 1.0;
                for (var s = t; s <= length; s++)
                {
                    survival *= 1.0 - CommonOff(automaton, oracle, s)!.Value;
                    if (survival <= u)
                    {
                        return s;
                    }
                }

                return length + 1;
            }

            var table = oracle.StepTable(automaton.Moves(state, t));
            var number = random.NextDouble();
            if (number < table.OffProbability)
            {
                return t;
            }

            state = table.NextStates[table.Valid.Sample((number - table.OffProbability) * table.StayScale)];
        }

        return length + 1;
    }

    /// <summary>The off probability every state with a valid move has at step t, or null if two differ (or none has one).</summary>
    public static double? CommonOff(AutomatonManifold automaton, NoisyOracleModel oracle, int t)
    {
        var offs = Enumerable.Range(0, automaton.StateCount)
            .Select(state => automaton.Moves(state, t))
            .Where(moves => !moves.IsEmpty)
            .Select(moves => oracle.StepTable(moves).OffProbability)
            .Distinct()
            .ToList();
        return offs.Count switch
        {
            0 => null,
            1 => offs[0],
            _ => null,
        };
    }
}
