namespace ArDivergence.Core.Manifolds;

/// <summary>
/// A finite set of weighted continuations, all padded to length L, stored as a trie:
/// a state is a trie node, P*(v) is the weight below the child over the weight below the node.
/// </summary>
public sealed class SequencesManifold : IManifold
{
    private readonly MoveSet[] _movesByNode;
    private readonly MoveSet _off;

    public SequencesManifold(int vocabularySize, IReadOnlyList<(int[] Tokens, double Weight)> sequences)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        if (sequences.Count == 0)
        {
            throw new ArgumentException("at least one sequence is needed", nameof(sequences));
        }

        Length = sequences[0].Tokens.Length;
        if (sequences.Any(s => s.Tokens.Length != Length))
        {
            throw new ArgumentException("sequences must be padded to one length", nameof(sequences));
        }

        VocabularySize = vocabularySize;

        // Scaled by the largest weight so that sums along shared prefixes cannot overflow.
        var largest = sequences.Max(s => s.Weight);
        var children = new List<Dictionary<int, (int Node, double Weight)>> { new() };
        foreach (var (tokens, weight) in sequences)
        {
            var node = 0;
            foreach (var token in tokens)
            {
                var edges = children[node];
                if (!edges.TryGetValue(token, out var child))
                {
                    child = (children.Count, 0.0);
                    children.Add([]);
                }

                edges[token] = (child.Node, child.Weight + (weight / largest));
                node = child.Node;
            }
        }

        _movesByNode = [.. children.Select(edges =>
            MoveSet.FromWeighted(vocabularySize, edges.Select(e => (e.Key, e.Value.Node, e.Value.Weight))))];
        _off = MoveSet.Empty(vocabularySize);
    }

    public int Length { get; }

    public int VocabularySize { get; }

    public int StartState => 0;

    /// <summary>The moves depend on the state alone.</summary>
    public int StepClass(int t) => 0;

    public MoveSet Moves(int state, int t) => state == ManifoldState.Off ? _off : _movesByNode[state];
}
