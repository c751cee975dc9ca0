namespace ArDivergence.Core.Text;

/// <summary>
/// A Thompson NFA over bytes built from a <see cref="RegexNode"/>: each state has ε-moves and
/// byte-range moves; one start state, one accepting state.
/// </summary>
public sealed class ByteNfa
{
    private readonly List<List<int>> _epsilons = [];
    private readonly List<List<(byte Low, byte High, int Target)>> _moves = [];

    private ByteNfa()
    {
    }

    public int Start { get; private set; }

    public int Accept { get; private set; }

    public int StateCount => _epsilons.Count;

    public IReadOnlyList<int> Epsilons(int state) => _epsilons[state];

    public IReadOnlyList<(byte Low, byte High, int Target)> Moves(int state) => _moves[state];

    public static ByteNfa Build(RegexNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var nfa = new ByteNfa();
        (nfa.Start, nfa.Accept) = nfa.Fragment(node);
        return nfa;
    }

    private int NewState()
    {
        if (_epsilons.Count >= TextLimits.MaxNfaStates)
        {
            throw new TextPatternException($"the pattern expands to more than {TextLimits.MaxNfaStates:N0} automaton states (lower its repetition counts)", 0);
        }

        _epsilons.Add([]);
        _moves.Add([]);
        return _epsilons.Count - 1;
    }

    private (int Start, int End) Fragment(RegexNode node) => node switch
    {
        CodePointSetNode set => SetFragment(set.Set),
        SequenceNode sequence => SequenceFragment(sequence.Parts),
        AlternationNode alternation => AlternationFragment(alternation.Alternatives),
        RepetitionNode repetition => RepetitionFragment(repetition),
        _ => throw new ArgumentException($"unknown node {node.GetType().Name}", nameof(node)),
    };

    private (int Start, int End) SetFragment(CodePointSet set)
    {
        var start = NewState();
        var end = NewState();
        foreach (var (low, high) in set.Ranges)
        {
            foreach (var sequence in Utf8Ranges.Sequences(low, high))
            {
                var from = start;
                for (var i = 0; i < sequence.Length; i++)
                {
                    var to = i == sequence.Length - 1 ? end : NewState();
                    _moves[from].Add((sequence[i].Low, sequence[i].High, to));
                    from = to;
                }
            }
        }

        return (start, end);
    }

    private (int Start, int End) SequenceFragment(IReadOnlyList<RegexNode> parts)
    {
        var start = NewState();
        var end = start;
        foreach (var part in parts)
        {
            var (partStart, partEnd) = Fragment(part);
            _epsilons[end].Add(partStart);
            end = partEnd;
        }

        return (start, end);
    }

    private (int Start, int End) AlternationFragment(IReadOnlyList<RegexNode> alternatives)
    {
        var start = NewState();
        var end = NewState();
        foreach (var alternative in alternatives)
        {
            var (from, to) = Fragment(alternative);
            _epsilons[start].Add(from);
            _epsilons[to].Add(end);
        }

        return (start, end);
    }

    private (int Start, int End) RepetitionFragment(RepetitionNode repetition)
    {
        var start = NewState();
        var end = start;
        for (var i = 0; i < repetition.Min; i++)
        {
            var (from, to) = Fragment(repetition.Operand);
            _epsilons[end].Add(from);
            end = to;
        }

        if (repetition.Max is not int max)
        {
            // Thompson's star: loop back from the copy's end, or skip it.
            var (from, to) = Fragment(repetition.Operand);
            var exit = NewState();
            _epsilons[end].Add(from);
            _epsilons[end].Add(exit);
            _epsilons[to].Add(from);
            _epsilons[to].Add(exit);
            return (start, exit);
        }

        var optionalEnd = NewState();
        for (var i = repetition.Min; i < max; i++)
        {
            var (from, to) = Fragment(repetition.Operand);
            _epsilons[end].Add(from);
            _epsilons[end].Add(optionalEnd);
            end = to;
        }

        _epsilons[end].Add(optionalEnd);
        return (start, optionalEnd);
    }
}
