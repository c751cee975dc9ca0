namespace ArDivergence.Scenarios.Yaml;

/// <summary>A mapping whose keys are scalars and unique (the reader reports and drops duplicates).</summary>
internal sealed class MappingNode(SourcePosition start) : Node(start)
{
    private readonly List<MappingEntry> _entries = [];
    private readonly Dictionary<string, MappingEntry> _byKey = new(StringComparer.Ordinal);

    public IReadOnlyList<MappingEntry> Entries => _entries;

    public MappingEntry? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>Adds the entry, or returns the earlier entry with the same key and adds nothing.</summary>
    public MappingEntry? TryAdd(MappingEntry entry)
    {
        if (_byKey.TryGetValue(entry.Key.Value, out var earlier))
        {
            return earlier;
        }

        _byKey.Add(entry.Key.Value, entry);
        _entries.Add(entry);
        ExpandedSize = CoreSchema.SaturatingAdd(ExpandedSize, CoreSchema.SaturatingAdd(entry.Key.ExpandedSize, entry.Value.ExpandedSize));
        return null;
    }

    public override string Describe() => "a mapping";
}
