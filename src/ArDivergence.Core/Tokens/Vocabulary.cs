namespace ArDivergence.Core.Tokens;

/// <summary>The token set V; a token's id is its position in first-seen order (semantics §1).</summary>
public sealed class Vocabulary
{
    private readonly string[] _tokens;
    private readonly Dictionary<string, int> _ids;

    public Vocabulary(IEnumerable<string> tokensInFirstSeenOrder)
    {
        ArgumentNullException.ThrowIfNull(tokensInFirstSeenOrder);
        var tokens = new List<string>();
        _ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in tokensInFirstSeenOrder)
        {
            if (_ids.TryAdd(token, tokens.Count))
            {
                tokens.Add(token);
            }
        }

        _tokens = [.. tokens];
    }

    public int Count => _tokens.Length;

    public IReadOnlyList<string> Tokens => _tokens;

    public string this[int id] => _tokens[id];

    public int IdOf(string token) =>
        _ids.TryGetValue(token, out var id) ? id : throw new KeyNotFoundException($"token '{token}' is not in the vocabulary");

    public bool TryGetId(string token, out int id) => _ids.TryGetValue(token, out id);

    public bool Contains(string token) => _ids.ContainsKey(token);
}
