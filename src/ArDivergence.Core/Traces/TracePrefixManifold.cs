using System.Collections.Concurrent;
using ArDivergence.Core.Manifolds;

namespace ArDivergence.Core.Traces;

/// <summary>
/// A trace lane's view of a text manifold (semantics §10): a listed token is valid iff the text stays a
/// prefix of the language (the automaton is alive after its bytes), without §8's budget rule; a control
/// token iff the text already matches. Its length is the shown trace's token count, so the lane is done
/// at the end of its recording; the end-of-recording check is the lane's (it steps off when the text
/// does not match). States are the automaton's.
/// </summary>
public sealed class TracePrefixManifold(ITextLanguage language, TraceTokenTable tokens, int length) : IManifold
{
    private readonly ConcurrentDictionary<int, MoveSet> _moves = new();

    public int Length { get; } = length;

    public int VocabularySize => tokens.Count;

    public int StartState => language.Start;

    public MoveSet Moves(int state, int t) => state == ManifoldState.Off || state == ITextLanguage.Dead
        ? MoveSet.Empty(VocabularySize)
        : _moves.GetOrAdd(state, Build);

    private MoveSet Build(int state)
    {
        var valid = new List<(int Token, int Next, double Weight)>();
        for (var id = 0; id < tokens.Count; id++)
        {
            if (tokens.Bytes(id) is { } bytes)
            {
                var next = language.Advance(state, bytes.AsSpan());
                if (next != ITextLanguage.Dead)
                {
                    valid.Add((id, next, 1.0));
                }
            }
            else if (language.IsAccepting(state))
            {
                valid.Add((id, state, 1.0));
            }
        }

        return valid.Count == 0 ? MoveSet.Empty(VocabularySize) : MoveSet.FromWeighted(VocabularySize, valid);
    }
}
