using System.Collections.Concurrent;

namespace ArDivergence.Core.Manifolds;

/// <summary>
/// <c>manifold.tolerance: k</c> (semantics §13) around any manifold: a state is a pair (inner state, j) with j
/// the invalid tokens so far, 0 ≤ j ≤ k. A valid token moves the inner state as before and keeps j; an invalid
/// token leaves the inner state where it was and adds one to j, and the (k+1)-th leaves for good. A(x&lt;t) and
/// P* are the inner manifold's at the inner state, so token errors mean what they always meant.
/// Pairs are numbered as they are first met (thread-safe: Monte Carlo runs in parallel).
/// </summary>
public sealed class TolerantManifold : IManifold
{
    private readonly IManifold _inner;
    private readonly ConcurrentDictionary<(int Inner, int Invalid), int> _ids = new();
    private readonly ConcurrentDictionary<int, (int Inner, int Invalid)> _pairs = new();
    private readonly ConcurrentDictionary<(MoveSet Inner, int Invalid), MoveSet> _moves = new();
    private readonly object _gate = new();

    public TolerantManifold(IManifold inner, int tolerance)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfNegative(tolerance);
        _inner = inner;
        Tolerance = tolerance;
        StartState = IdOf(inner.StartState, 0);
    }

    public IManifold Inner => _inner;

    public int Length => _inner.Length;

    public int VocabularySize => _inner.VocabularySize;

    public int StartState { get; }

    public int Tolerance { get; }

    public int StepClass(int t) => _inner.StepClass(t);

    /// <summary>The inner moves, leading to the pairs with the same j (one object per inner move set and j).</summary>
    public MoveSet Moves(int state, int t)
    {
        if (state == ManifoldState.Off)
        {
            return MoveSet.Empty(VocabularySize);
        }

        var (inner, invalid) = _pairs[state];
        var moves = _inner.Moves(inner, t);
        return _moves.GetOrAdd((moves, invalid), key => new MoveSet(
            key.Inner.VocabularySize,
            key.Inner.Tokens,
            [.. key.Inner.NextStates.Select(next => IdOf(next, key.Invalid))],
            key.Inner.Probabilities));
    }

    public int AfterInvalid(int state, int t)
    {
        if (state == ManifoldState.Off)
        {
            return ManifoldState.Off;
        }

        var (inner, invalid) = _pairs[state];
        return invalid < Tolerance ? IdOf(inner, invalid + 1) : ManifoldState.Off;
    }

    public bool IsEnded(int state) => state != ManifoldState.Off && _inner.IsEnded(_pairs[state].Inner);

    public int InvalidSoFar(int state) => state == ManifoldState.Off ? Tolerance + 1 : _pairs[state].Invalid;

    private int IdOf(int inner, int invalid)
    {
        if (inner == ManifoldState.Off)
        {
            return ManifoldState.Off;
        }

        if (_ids.TryGetValue((inner, invalid), out var id))
        {
            return id;
        }

        // Ids must be dense and unique: numbering happens under a lock, lookups do not.
        lock (_gate)
        {
            if (!_ids.TryGetValue((inner, invalid), out id))
            {
                id = _pairs.Count;
                _pairs[id] = (inner, invalid);
                _ids[(inner, invalid)] = id;
            }

            return id;
        }
    }
}
