using ArDivergence.Scenarios.Yaml;

namespace ArDivergence.Scenarios.Mapping;

/// <summary>
/// Reads one mapping against its <see cref="KeySet"/>: reports every key the set does not allow, then
/// hands out values by key. Registers the mapping and each of its values in the path map.
/// </summary>
internal sealed class MapReader
{
    private readonly MappingContext _context;
    private readonly MappingNode _node;
    private readonly KeySet _keys;

    /// <param name="misplaced">Keys that exist elsewhere in the format, with the message to give instead of "unknown key".</param>
    public MapReader(MappingContext context, MappingNode node, string path, KeySet keys, IReadOnlyDictionary<string, string>? misplaced = null)
    {
        _context = context;
        _node = node;
        _keys = keys;
        Path = path;
        context.Paths.Register(path, node.Start);
        foreach (var entry in node.Entries)
        {
            var key = entry.Key.Value;
            if (keys.Allows(key))
            {
                context.Paths.Register(SpecPath.Child(path, key), entry.Value.Start);
            }
            else if (misplaced?.TryGetValue(key, out var message) == true)
            {
                context.Error(SpecPath.Child(path, key), entry.Key, message);
            }
            else
            {
                context.Error(SpecPath.Child(path, key), entry.Key, UnknownKeyMessage(key, keys));
            }
        }
    }

    public string Path { get; }

    public string PathOf(string key) => SpecPath.Child(Path, key);

    public Node? Optional(string key) => _node.Find(key)?.Value;

    /// <summary>The value, or null after reporting the missing key at this mapping.</summary>
    public Node? Required(string key)
    {
        var value = Optional(key);
        if (value is null)
        {
            _context.Error(PathOf(key), _node, $"missing required key '{key}' in {_keys.Subject}");
        }

        return value;
    }

    public static string UnknownKeyMessage(string key, KeySet keys)
    {
        var message = $"unknown key '{MessageText.Quote(key)}' in {keys.Subject}";
        // Only close matches: a one-letter key is not "almost" another one-letter key.
        var suggestion = keys.Keys
            .Select(k => (Key: k, Distance: KeyDistance(k, key)))
            .Where(c => c.Distance <= 2 && c.Distance * 2 < key.Length)
            .OrderBy(c => c.Distance)
            .Select(c => c.Key)
            .FirstOrDefault();
        message += suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)";
        return keys.Keys.Count == 0
            ? message
            : $"{message}; allowed keys: {string.Join(", ", keys.Keys)}";
    }

    /// <summary>The edit distance of two short keys; keys of very different lengths are never close.</summary>
    private static int KeyDistance(string a, string b) =>
        Math.Abs(a.Length - b.Length) > 2 || a.Length > 64 || b.Length > 64 ? int.MaxValue : EditDistance.Between(a, b);
}
