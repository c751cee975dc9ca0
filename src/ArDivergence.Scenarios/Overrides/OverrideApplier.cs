using System.Globalization;
using ArDivergence.Scenarios.Yaml;
using YamlDotNet.Core;

namespace ArDivergence.Scenarios.Overrides;

/// <summary>
/// Puts override values into a scenario's YAML tree before it is mapped, so an overridden file is checked by
/// exactly the rules of a written one. The tree is not changed: the nodes on the way to a key are copied.
/// A key missing from the file is added (with any mappings on the way), so a default can be overridden too.
/// </summary>
internal static class OverrideApplier
{
    /// <summary>The tree with every override in place, or null after adding a diagnostic for a key that addresses nothing.</summary>
    public static Node? Apply(Node root, IReadOnlyList<ScenarioOverride> overrides, DiagnosticBag bag)
    {
        var current = root;
        foreach (var item in overrides)
        {
            var segments = item.Key.Split('.');
            if (segments.Any(s => s.Length == 0))
            {
                bag.Add(SourcePosition.FileStart, $"--set {item.Key}: a key is names joined by dots, e.g. generators.ar.model.error");
                return null;
            }

            var replaced = Replace(current, segments, 0, item, bag);
            if (replaced is null)
            {
                return null;
            }

            current = replaced;
        }

        return current;
    }

    private static Node? Replace(Node node, string[] segments, int index, ScenarioOverride item, DiagnosticBag bag)
    {
        if (index == segments.Length)
        {
            var end = node is ScalarNode scalar ? scalar.End : node.Start;
            return new ScalarNode(node.Start, end, item.Value, ScalarStyle.Plain);
        }

        return node switch
        {
            MappingNode mapping => InMapping(mapping, segments, index, item, bag),
            SequenceNode list => InList(list, segments, index, item, bag),
            _ => Fail<Node>(bag, node, item, $"{Path(segments, index)} is a value, not a mapping, so it has no key '{segments[index]}'"),
        };
    }

    private static MappingNode? InMapping(MappingNode mapping, string[] segments, int index, ScenarioOverride item, DiagnosticBag bag)
    {
        var key = segments[index];
        var existing = mapping.Find(key);

        // A missing key is added under the mapping's position; the loader then judges it like a written one.
        var target = existing?.Value ?? (index + 1 == segments.Length ? new ScalarNode(mapping.Start, mapping.Start, "", ScalarStyle.Plain) : new MappingNode(mapping.Start));
        var value = Replace(target, segments, index + 1, item, bag);
        if (value is null)
        {
            return null;
        }

        var copy = new MappingNode(mapping.Start);
        foreach (var entry in mapping.Entries)
        {
            copy.TryAdd(entry.Key.Value == key ? entry with { Value = value } : entry);
        }

        if (existing is null)
        {
            copy.TryAdd(new MappingEntry(new ScalarNode(mapping.Start, mapping.Start, key, ScalarStyle.Plain), value));
        }

        return copy;
    }

    private static SequenceNode? InList(SequenceNode list, string[] segments, int index, ScenarioOverride item, DiagnosticBag bag)
    {
        var name = segments[index];
        var position = IndexOfNamed(list, name);
        if (position < 0 && int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number < list.Items.Count)
        {
            position = number;
        }

        if (position < 0)
        {
            var names = list.Items.Select(NameOf).OfType<string>().ToArray();
            var known = names.Length == 0 ? $"it has {list.Items.Count} items" : $"names: {string.Join(", ", names)}";
            return Fail<SequenceNode>(bag, list, item, $"{Path(segments, index)} has no item named '{name}' ({known})");
        }

        var value = Replace(list.Items[position], segments, index + 1, item, bag);
        if (value is null)
        {
            return null;
        }

        var copy = new SequenceNode(list.Start);
        for (var i = 0; i < list.Items.Count; i++)
        {
            copy.Add(i == position ? value : list.Items[i]);
        }

        return copy;
    }

    private static int IndexOfNamed(SequenceNode list, string name)
    {
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (NameOf(list.Items[i]) == name)
            {
                return i;
            }
        }

        return -1;
    }

    private static string? NameOf(Node item) =>
        item is MappingNode mapping && mapping.Find("name")?.Value is ScalarNode name ? name.Value : null;

    private static string Path(string[] segments, int index) => index == 0 ? "the file" : string.Join('.', segments.Take(index));

    private static T? Fail<T>(DiagnosticBag bag, Node at, ScenarioOverride item, string message)
        where T : Node
    {
        bag.Add(at.Start, $"--set {item.Key}: {message}");
        return null;
    }
}
