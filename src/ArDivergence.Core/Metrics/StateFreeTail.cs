using ArDivergence.Core.Generators;
using ArDivergence.Core.Manifolds;

namespace ArDivergence.Core.Metrics;

/// <summary>
/// The last steps of a constant-ε noisy oracle's runs on an automaton where the probability of
/// leaving the manifold is the same in every state the run can be in (every state with a valid
/// move): from <see cref="From"/> on, whether a run leaves at t depends on t alone. A run then only
/// needs to compare its number for step t with <see cref="OffAt"/>[t]: the valid move that the same
/// number would pick is never looked up, because nothing after it depends on the state. The stream of
/// numbers, and so every result, is the same as with the full loop.
/// </summary>
internal sealed class StateFreeTail
{
    // Checking a step class asks every state for its moves: bounded so that large automata do not
    // pay more for the check than it saves.
    private const long MaxStateChecks = 100_000;

    private readonly double[] _offAt;

    private StateFreeTail(int from, double[] offAt)
    {
        From = from;
        _offAt = offAt;
    }

    /// <summary>The first step of the tail (L + 1 when there is none).</summary>
    public int From { get; }

    /// <summary>The off probability at each step t ≥ <see cref="From"/>, whatever the state.</summary>
    public ReadOnlySpan<double> OffAt => _offAt;

    public static StateFreeTail Of(AutomatonManifold automaton, NoisyOracleModel oracle)
    {
        var length = automaton.Length;
        var offAt = new double[length + 2];
        var byClass = new Dictionary<int, double>();
        var from = length + 1;
        for (var t = length; t >= 1; t--)
        {
            var stepClass = automaton.StepClass(t);
            if (!byClass.TryGetValue(stepClass, out var off))
            {
                if ((byClass.Count + 1L) * automaton.StateCount > MaxStateChecks)
                {
                    break;
                }

                off = CommonOffProbability(automaton, oracle, t);
                byClass[stepClass] = off;
            }

            if (double.IsNaN(off))
            {
                break;
            }

            offAt[t] = off;
            from = t;
        }

        return new StateFreeTail(from, offAt);
    }

    /// <summary>The off probability shared by every state with a valid move at step t, or NaN if they differ.</summary>
    private static double CommonOffProbability(AutomatonManifold automaton, NoisyOracleModel oracle, int t)
    {
        var common = double.NaN;
        for (var state = 0; state < automaton.StateCount; state++)
        {
            var moves = automaton.Moves(state, t);
            if (moves.IsEmpty)
            {
                continue;
            }

            var off = oracle.StepTable(moves).OffProbability;
            if (double.IsNaN(common))
            {
                common = off;
            }
            else if (off != common)
            {
                return double.NaN;
            }
        }

        return common;
    }
}
