using System.Collections.Concurrent;

namespace ArDivergence.Core.Manifolds;

/// <summary>
/// Balanced brackets of exactly L tokens with depth at most k; P* is uniform over the valid next
/// tokens. A state is the stack of open brackets, numbered as a node of the complete p-ary tree
/// (root 0, child i of s is s·p + i + 1), so no table of stacks is needed.
/// </summary>
public sealed class DyckManifold : IManifold
{
    private readonly int[] _open;
    private readonly int[] _close;
    private readonly int _maxDepth;
    private readonly ConcurrentDictionary<(int State, bool CanOpen), MoveSet> _moves = new();
    private readonly MoveSet _off;

    public DyckManifold(int vocabularySize, int length, IReadOnlyList<(int Open, int Close)> pairs, int maxDepth)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        VocabularySize = vocabularySize;
        Length = length;
        _open = [.. pairs.Select(p => p.Open)];
        _close = [.. pairs.Select(p => p.Close)];
        _maxDepth = Math.Min(maxDepth, length / 2);
        if (Math.Pow(pairs.Count, _maxDepth + 1) >= int.MaxValue)
        {
            throw new ScenarioLimitException(
                $"dyck with {pairs.Count} pairs and depth {_maxDepth} has more than {int.MaxValue} stacks (limit); lower max_depth");
        }

        _off = MoveSet.Empty(vocabularySize);
    }

    public int Length { get; }

    public int VocabularySize { get; }

    public int StartState => 0;

    public MoveSet Moves(int state, int t)
    {
        if (state == ManifoldState.Off || t < 1 || t > Length)
        {
            return _off;
        }

        var depth = Depth(state);
        // An opening bracket needs depth + 1 ≤ k and enough tokens left (L − t) to close everything.
        var canOpen = depth + 1 <= Math.Min(_maxDepth, Length - t);
        return _moves.GetOrAdd((state, canOpen), key => Build(key.State, key.CanOpen));
    }

    private MoveSet Build(int state, bool canOpen)
    {
        var pairs = _open.Length;
        var moves = new List<(int Token, int Next, double Weight)>();
        if (canOpen)
        {
            for (var i = 0; i < pairs; i++)
            {
                moves.Add((_open[i], (state * pairs) + i + 1, 1.0));
            }
        }

        if (state != 0)
        {
            var top = (state - 1) % pairs;
            moves.Add((_close[top], (state - 1) / pairs, 1.0));
        }

        return MoveSet.FromWeighted(VocabularySize, moves);
    }

    private int Depth(int state)
    {
        var depth = 0;
        while (state != 0)
        {
            state = (state - 1) / _open.Length;
            depth++;
        }

        return depth;
    }
}
