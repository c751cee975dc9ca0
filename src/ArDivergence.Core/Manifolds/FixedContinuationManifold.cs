namespace ArDivergence.Core.Manifolds;

/// <summary>
/// Exactly one valid continuation (the copy, addition, hash_then_value and path_star tasks):
/// state k means the first k tokens were right; the only valid token is the next one.
/// </summary>
public sealed class FixedContinuationManifold : IManifold
{
    private readonly MoveSet[] _moves;
    private readonly MoveSet _off;

    public FixedContinuationManifold(int vocabularySize, IReadOnlyList<int> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        VocabularySize = vocabularySize;
        Length = continuation.Count;
        Continuation = [.. continuation];
        _moves = [.. Enumerable.Range(0, Length).Select(k => new MoveSet(vocabularySize, [continuation[k]], [k + 1], [1.0]))];
        _off = MoveSet.Empty(vocabularySize);
    }

    public int Length { get; }

    public int VocabularySize { get; }

    public int StartState => 0;

    /// <summary>The moves depend on the state alone.</summary>
    public int StepClass(int t) => 0;

    /// <summary>The one valid continuation.</summary>
    public IReadOnlyList<int> Continuation { get; }

    public MoveSet Moves(int state, int t) => state == ManifoldState.Off || state >= Length ? _off : _moves[state];
}
