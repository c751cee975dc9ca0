namespace ArDivergence.Core.Text;

/// <summary>
/// The ε-closure of sets of NFA states, as sorted arrays (the DFA states of subset construction). Only
/// the states that matter are kept — those with byte moves, and the accepting one — so that closures
/// differing in ε-only states are one DFA state.
/// </summary>
internal sealed class EpsilonClosure(ByteNfa nfa)
{
    private readonly int[] _seen = new int[nfa.StateCount];
    private readonly Stack<int> _stack = new();
    private int _generation;

    public int[] Of(IEnumerable<int> states)
    {
        _generation++;
        var members = new List<int>();
        foreach (var state in states)
        {
            Visit(state, members);
        }

        while (_stack.TryPop(out var state))
        {
            foreach (var next in nfa.Epsilons(state))
            {
                Visit(next, members);
            }
        }

        members.RemoveAll(state => state != nfa.Accept && nfa.Moves(state).Count == 0);
        members.Sort();
        return [.. members];
    }

    private void Visit(int state, List<int> members)
    {
        if (_seen[state] != _generation)
        {
            _seen[state] = _generation;
            members.Add(state);
            _stack.Push(state);
        }
    }
}
