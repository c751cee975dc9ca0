namespace ArDivergence.Core.Text;

/// <summary>
/// A byte trie of a vocabulary's ordinary tokens (neither end-of-text nor control), in flat arrays:
/// node 0 is the root; children are linked by first-child/next-sibling, tokens ending at a node by a
/// chain. Built by sorting the byte strings, so building is O(total bytes · log) with no dictionaries.
/// </summary>
public sealed class TokenTrie
{
    private const int None = -1;

    private readonly int[] _firstChild;
    private readonly int[] _nextSibling;
    private readonly byte[] _label;
    private readonly int[] _firstToken;
    private readonly int[] _nextToken;

    public TokenTrie(TextVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var tokens = Enumerable.Range(0, vocabulary.Count)
            .Where(v => v != vocabulary.EndOfText && !vocabulary.IsControl(v))
            .ToArray();
        Array.Sort(tokens, (a, b) => vocabulary.Bytes(a).SequenceCompareTo(vocabulary.Bytes(b)));
        var capacity = 1 + tokens.Sum(v => vocabulary.Bytes(v).Length);
        _firstChild = new int[capacity];
        _nextSibling = new int[capacity];
        _label = new byte[capacity];
        _firstToken = new int[capacity];
        _nextToken = new int[vocabulary.Count];
        Array.Fill(_firstChild, None);
        Array.Fill(_nextSibling, None);
        Array.Fill(_firstToken, None);
        Array.Fill(_nextToken, None);

        // path[d] is the node at depth d of the previous token's bytes; lastChild links siblings in order.
        var lastChild = new int[capacity];
        Array.Fill(lastChild, None);
        var path = new List<int> { 0 };
        var previous = ReadOnlySpan<byte>.Empty;
        var nodes = 1;
        foreach (var token in tokens)
        {
            var bytes = vocabulary.Bytes(token);
            var common = bytes.CommonPrefixLength(previous);
            path.RemoveRange(common + 1, path.Count - common - 1);
            for (var d = common; d < bytes.Length; d++)
            {
                var parent = path[d];
                var node = nodes++;
                _label[node] = bytes[d];
                if (lastChild[parent] == None)
                {
                    _firstChild[parent] = node;
                }
                else
                {
                    _nextSibling[lastChild[parent]] = node;
                }

                lastChild[parent] = node;
                path.Add(node);
            }

            var end = path[bytes.Length];
            _nextToken[token] = _firstToken[end];
            _firstToken[end] = token;
            previous = bytes;
        }

        NodeCount = nodes;
    }

    public int NodeCount { get; }

    /// <summary>
    /// Every ordinary token whose bytes keep <paramref name="dfa"/> alive from <paramref name="state"/>,
    /// with the state they lead to: a depth-first walk that stops at the first dead byte of each branch.
    /// </summary>
    public void Walk(ByteDfa dfa, int state, List<(int Token, int Next)> found)
    {
        ArgumentNullException.ThrowIfNull(dfa);
        ArgumentNullException.ThrowIfNull(found);
        var stack = new Stack<(int Node, int State)>();
        stack.Push((0, state));
        while (stack.TryPop(out var top))
        {
            for (var token = _firstToken[top.Node]; token != None; token = _nextToken[token])
            {
                found.Add((token, top.State));
            }

            for (var child = _firstChild[top.Node]; child != None; child = _nextSibling[child])
            {
                var next = dfa.Next(top.State, _label[child]);
                if (next != ByteDfa.Dead)
                {
                    stack.Push((child, next));
                }
            }
        }
    }
}
