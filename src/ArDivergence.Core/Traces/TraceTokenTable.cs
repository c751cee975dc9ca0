using System.Collections.Immutable;
using System.Text;

namespace ArDivergence.Core.Traces;

/// <summary>
/// A trace lane's own token ids: every distinct token its traces list (emitted or alternative), by
/// bytes; control tokens (listed without bytes) by their text. A recording knows no more of its
/// model's vocabulary than this.
/// </summary>
public sealed class TraceTokenTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<ImmutableArray<byte>?> _bytes = [];
    private readonly List<string> _texts = [];

    public TraceTokenTable(IEnumerable<RecordedTrace> traces)
    {
        ArgumentNullException.ThrowIfNull(traces);
        foreach (var token in traces.SelectMany(t => t.Tokens))
        {
            IdOf(token.Text, token.Bytes);
            foreach (var alternative in token.Alternatives)
            {
                IdOf(alternative.Text, alternative.Bytes);
            }
        }
    }

    public int Count => _texts.Count;

    public string Text(int id) => _texts[id];

    /// <summary>The token's bytes; null for a control token.</summary>
    public ImmutableArray<byte>? Bytes(int id) => _bytes[id];

    /// <summary>The tokens as a text vocabulary, so outputs show their text (a control token by its name).</summary>
    public Text.TextVocabulary ToTextVocabulary() => new(
        [.. Enumerable.Range(0, Count).Select(id => _bytes[id] is { } bytes ? bytes.ToArray() : Encoding.UTF8.GetBytes(_texts[id]))],
        -1,
        Enumerable.Range(0, Count).Where(id => _bytes[id] is null));

    public int IdOf(string text, ImmutableArray<byte>? bytes)
    {
        var key = bytes is { } b ? "b:" + Convert.ToHexString(b.AsSpan()) : "c:" + text;
        if (!_ids.TryGetValue(key, out var id))
        {
            id = _texts.Count;
            _ids.Add(key, id);
            _bytes.Add(bytes);
            _texts.Add(bytes is { } known ? Encoding.UTF8.GetString(known.AsSpan()) : text);
        }

        return id;
    }
}
