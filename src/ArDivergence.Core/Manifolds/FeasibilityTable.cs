using System.Collections;

namespace ArDivergence.Core.Manifolds;

/// <summary>
/// Which automaton states can still reach an accepting state in exactly r more tokens, for
/// r = 0..L, by the backward pass of semantics §2. The sets for successive r form an eventually
/// periodic sequence, so only the distinct sets are stored and r maps to one of them.
/// </summary>
internal sealed class FeasibilityTable
{
    private readonly BitArray[] _distinctSets;
    private readonly int[] _setOfRemaining;

    public FeasibilityTable(int length, int stateCount, IReadOnlyList<AutomatonTransition[]> transitions, BitArray accepting, int maxDistinctSets)
    {
        var sets = new List<BitArray> { new(accepting) };
        var firstSeen = new Dictionary<string, int> { [Key(accepting)] = 0 };
        var firstRemaining = new List<int> { 0 };
        var setOfRemaining = new int[length + 1];
        for (var r = 1; r <= length; r++)
        {
            var previous = sets[setOfRemaining[r - 1]];
            var current = new BitArray(stateCount);
            for (var q = 0; q < stateCount; q++)
            {
                foreach (var move in transitions[q])
                {
                    if (previous[move.To])
                    {
                        current[q] = true;
                        break;
                    }
                }
            }

            if (firstSeen.TryGetValue(Key(current), out var seen))
            {
                // From here on the sequence repeats with period r − (first r of this set).
                var start = firstRemaining[seen];
                var period = r - start;
                for (var rest = r; rest <= length; rest++)
                {
                    setOfRemaining[rest] = setOfRemaining[start + ((rest - start) % period)];
                }

                break;
            }

            if (sets.Count >= maxDistinctSets)
            {
                throw new ScenarioLimitException(
                    $"the automaton's feasibility sets do not settle within {maxDistinctSets} distinct sets (limit); use a smaller length or automaton");
            }

            firstSeen[Key(current)] = sets.Count;
            firstRemaining.Add(r);
            setOfRemaining[r] = sets.Count;
            sets.Add(current);
        }

        _distinctSets = [.. sets];
        _setOfRemaining = setOfRemaining;
    }

    public int DistinctSetCount => _distinctSets.Length;

    /// <summary>The index of the feasible set for r remaining tokens.</summary>
    public int SetIndex(int remaining) => _setOfRemaining[remaining];

    public bool IsFeasible(int state, int remaining) => _distinctSets[_setOfRemaining[remaining]][state];

    public bool IsFeasibleInSet(int setIndex, int state) => _distinctSets[setIndex][state];

    private static string Key(BitArray bits)
    {
        var words = new int[(bits.Length + 31) / 32];
        bits.CopyTo(words, 0);
        return string.Join(',', words);
    }
}
