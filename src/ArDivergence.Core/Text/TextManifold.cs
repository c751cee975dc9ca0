using System.Collections.Concurrent;
using ArDivergence.Core.Manifolds;

namespace ArDivergence.Core.Text;

/// <summary>
/// One lane's token-level view of a text manifold (semantics §8): its states are the DFA states of
/// the generated text plus <see cref="EndedState"/>, reached by the end-of-text token. A(x&lt;t) at
/// step t from DFA state q is the validity rule of <see cref="TokenIndex.IsValid"/>; the move sets are
/// built from the cached index and cached per (q, budget). P* is uniform over the valid tokens: the
/// language says which texts are right, not how likely each is, and no lane on text reads P*.
/// </summary>
public sealed class TextManifold : IManifold
{
    private readonly ConcurrentDictionary<(int State, int Budget), MoveSet> _moves = new();
    private readonly Lazy<MoveSet> _afterEnd;

    public TextManifold(TokenIndex index, int length)
    {
        ArgumentNullException.ThrowIfNull(index);
        Index = index;
        Length = length;
        EndedState = index.Dfa.StateCount;
        _afterEnd = new Lazy<MoveSet>(() => MoveSet.FromWeighted(
            VocabularySize, Enumerable.Range(0, VocabularySize).Select(v => (v, EndedState, 1.0))));
    }

    public TokenIndex Index { get; }

    public int Length { get; }

    public int VocabularySize => Index.Vocabulary.Count;

    public int StartState => Index.Dfa.Start;

    /// <summary>The state after the end-of-text token: the lane has finished.</summary>
    public int EndedState { get; }

    public bool IsEnded(int state) => state == EndedState;

    public MoveSet Moves(int state, int t)
    {
        if (state == ManifoldState.Off || state == ByteDfa.Dead)
        {
            return MoveSet.Empty(VocabularySize);
        }

        if (state == EndedState)
        {
            return _afterEnd.Value;
        }

        // Budgets at or above the DFA's state count admit the same tokens (every finite d is below it).
        var budget = Math.Clamp(Length - t, -1, Index.Dfa.StateCount);
        return _moves.GetOrAdd((state, budget), key => Build(key.State, key.Budget));
    }

    private MoveSet Build(int state, int budget)
    {
        var index = Index.Moves(state);
        var valid = new List<(int Token, int Next, double Weight)>();
        for (var i = 0; i < index.Count; i++)
        {
            if (Index.Distance(index.NextStates[i]) <= budget)
            {
                valid.Add((index.Tokens[i], index.NextStates[i], 1.0));
            }
        }

        var endOfText = Index.Vocabulary.EndOfText;
        if (endOfText >= 0 && Index.Dfa.IsAccepting(state))
        {
            valid.Add((endOfText, EndedState, 1.0));
        }

        return valid.Count == 0 ? MoveSet.Empty(VocabularySize) : MoveSet.FromWeighted(VocabularySize, valid);
    }
}
