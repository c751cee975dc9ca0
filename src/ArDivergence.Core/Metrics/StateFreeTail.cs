using ArDivergence.Core.Generators;
using ArDivergence.Core.Manifolds;

namespace ArDivergence.Core.Metrics;

/// <summary>
/// The last steps of a constant-ε noisy oracle's runs on an automaton where the probability of
/// leaving the manifold is the same in every state the run can be in (every state with a valid
/// move): from <see cref="From"/> on, whether a run leaves at t depends on t alone, so the step at
/// which it leaves has a known distribution (geometric where the probability is constant). A run that
/// reaches <see cref="From"/> draws one number U and leaves at the first step t whose survival
/// S(t) = Π_{j=From..t} (1 − p_j) is ≤ U (semantics §6 defines the stream this way).
/// </summary>
internal sealed class StateFreeTail
{
    // Checking a step class asks every state for its moves: bounded so that large automata do not
    // pay more for the check than it saves.
    private const long MaxStateChecks = 100_000;

    private readonly double[] _offAt;

    // _survival[t - From] = S(t), multiplied left to right in double precision (the stream's definition).
    private readonly double[] _survival;

    // ln(1 − p) when the tail's off probability is one p in (0, 1), else NaN: a first guess for FirstOff.
    private readonly double _logStay;

    private StateFreeTail(int from, double[] offAt)
    {
        From = from;
        _offAt = offAt;
        var length = offAt.Length - 2;
        _survival = new double[Math.Max(0, length - from + 1)];
        var survival = 1.0;
        var constant = true;
        for (var t = from; t <= length; t++)
        {
            survival *= 1.0 - offAt[t];
            _survival[t - from] = survival;
            constant &= offAt[t] == offAt[from];
        }

        var p = from <= length ? offAt[from] : 0;
        // A p so small that 1 − p rounds to 1 has ln(1 − p) = 0: no guess then.
        var logStay = Math.Log(1 - p);
        _logStay = constant && logStay < 0 && p < 1 ? logStay : double.NaN;
    }

    /// <summary>The first step of the tail (L + 1 when there is none).</summary>
    public int From { get; }

    /// <summary>The off probability at each step t ≥ <see cref="From"/>, whatever the state.</summary>
    public ReadOnlySpan<double> OffAt => _offAt;

    /// <summary>
    /// The step at which a run that is on the manifold when the tail starts leaves it, given its one
    /// number u in [0, 1): the first t with S(t) ≤ u, or L + 1 when there is none. S never increases, so
    /// a binary search finds it; with a constant p the geometric's closed form ⌈ln u / ln(1 − p)⌉ guesses
    /// it and the table corrects the guess (rounding may put it one off), so the answer is the table's.
    /// </summary>
    public int FirstOff(double u)
    {
        var survival = _survival;
        if (!double.IsNaN(_logStay) && u > 0)
        {
            // The binary search's branches are unpredictable (u is random): the guess is usually exact.
            var guess = Math.Ceiling(Math.Log(u) / _logStay);
            var i = guess <= survival.Length ? Math.Max(0, (int)guess - 1) : survival.Length;
            while (i > 0 && survival[i - 1] <= u)
            {
                i--;
            }

            while (i < survival.Length && survival[i] > u)
            {
                i++;
            }

            return From + i;
        }

        int low = 0, high = survival.Length;
        while (low < high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            if (survival[middle] <= u)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return From + low;
    }

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
