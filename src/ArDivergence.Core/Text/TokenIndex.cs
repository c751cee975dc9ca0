namespace ArDivergence.Core.Text;

/// <summary>
/// The token-level index of Willard &amp; Louf (2023) for one lane: DFA states × the trie of the lane's
/// token byte strings. <see cref="Moves"/> is built on first use for each DFA state and cached;
/// <see cref="Distance"/> is d(q), the fewest tokens from q to an accepting state. Safe to use from
/// several threads (Monte Carlo runs in parallel): a slot filled twice by a race gets equal values.
/// </summary>
public sealed class TokenIndex
{
    private const int Unknown = -2;

    private readonly TokenMoves?[] _moves;
    private readonly int[] _distance;
    private readonly long _maxEntries;
    private long _entries;

    public TokenIndex(ByteDfa dfa, TextVocabulary vocabulary, long maxEntries = TextLimits.MaxIndexEntries)
    {
        ArgumentNullException.ThrowIfNull(dfa);
        ArgumentNullException.ThrowIfNull(vocabulary);
        Dfa = dfa;
        Vocabulary = vocabulary;
        Trie = new TokenTrie(vocabulary);
        _moves = new TokenMoves?[dfa.StateCount];
        _distance = new int[dfa.StateCount];
        Array.Fill(_distance, Unknown);
        _maxEntries = maxEntries;
    }

    /// <summary>d(q) of a state from which no sequence of this vocabulary's tokens reaches acceptance.</summary>
    public const int Unreachable = int.MaxValue;

    public ByteDfa Dfa { get; }

    public TextVocabulary Vocabulary { get; }

    public TokenTrie Trie { get; }

    /// <summary>How many (state, token) entries are cached so far.</summary>
    public long Entries => Interlocked.Read(ref _entries);

    /// <summary>The ordinary tokens that keep the text alive from <paramref name="state"/> (built once per state).</summary>
    /// <exception cref="ScenarioLimitException">The index would hold more than its limit of entries.</exception>
    public TokenMoves Moves(int state)
    {
        if (_moves[state] is { } known)
        {
            return known;
        }

        var found = new List<(int Token, int Next)>();
        Trie.Walk(Dfa, state, found);
        if (Interlocked.Add(ref _entries, found.Count) > _maxEntries)
        {
            throw new ScenarioLimitException(
                $"the token index of a text manifold would hold more than {_maxEntries:N0} (state, token) entries; use a smaller pattern or vocabulary");
        }

        found.Sort();
        var moves = new TokenMoves(
            [.. found.Select(f => f.Token)],
            [.. found.Select(f => f.Next)],
            [.. found.Select(f => f.Next).Distinct().Order()]);
        return Interlocked.CompareExchange(ref _moves[state], moves, null) ?? moves;
    }

    /// <summary>The DFA state after an ordinary token's bytes (<see cref="ByteDfa.Dead"/> when the text dies).</summary>
    public int After(int state, int token) => Dfa.Run(state, Vocabulary.Bytes(token));

    /// <summary>
    /// d(q): the fewest ordinary tokens leading from <paramref name="state"/> to an accepting state (0
    /// when it accepts), <see cref="Unreachable"/> when none does (or the state is dead). A
    /// breadth-first search over the token graph from q that visits only the states it needs, so the
    /// index stays lazy; the answer is cached per state.
    /// </summary>
    public int Distance(int state)
    {
        if (state == ByteDfa.Dead)
        {
            return Unreachable;
        }

        var known = Volatile.Read(ref _distance[state]);
        if (known != Unknown)
        {
            return known;
        }

        var distance = Search(state);
        Volatile.Write(ref _distance[state], distance);
        return distance;
    }

    /// <summary>
    /// The validity rule of semantics §8 at step <paramref name="t"/> of budget <paramref name="length"/>
    /// for the text state <paramref name="state"/>: end-of-text iff the text matches; a control token
    /// never; any other token iff its bytes keep the text alive and d of the state they reach ≤ L − t.
    /// </summary>
    public bool IsValid(int state, int token, int t, int length)
    {
        if (state == ByteDfa.Dead)
        {
            return false;
        }

        if (token == Vocabulary.EndOfText)
        {
            return Dfa.IsAccepting(state);
        }

        if (Vocabulary.IsControl(token))
        {
            return false;
        }

        var next = After(state, token);
        return next != ByteDfa.Dead && Distance(next) <= length - t;
    }

    private int Search(int start)
    {
        var depth = new Dictionary<int, int> { [start] = 0 };
        var queue = new Queue<int>([start]);
        while (queue.TryDequeue(out var state))
        {
            if (Dfa.IsAccepting(state))
            {
                return depth[state];
            }

            foreach (var next in Moves(state).DistinctNextStates)
            {
                if (depth.TryAdd(next, depth[state] + 1))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return Unreachable;
    }
}
