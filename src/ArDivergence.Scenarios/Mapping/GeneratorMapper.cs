using System.Globalization;
using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Kinds;
using ArDivergence.Scenarios.Yaml;

namespace ArDivergence.Scenarios.Mapping;

/// <summary>Maps <c>generators:</c> (semantics §3): each item by the <see cref="IGeneratorSyntax"/> its <c>kind</c> names.</summary>
internal static class GeneratorMapper
{
    public static IReadOnlyList<GeneratorSpec> MapAll(MappingContext context, Node? node, string path)
    {
        var items = Lists.Items(context, node, path, "generators", nonEmpty: true) ?? [];
        return [.. items.Select((item, i) => Map(context, item, SpecPath.Item(path, i), i))];
    }

    /// <summary>A generator, or a placeholder carrying its name so that references to it still resolve.</summary>
    private static GeneratorSpec Map(MappingContext context, Node item, string path, int index)
    {
        var mapping = Lists.Mapping(context, item, path, "a generator mapping with name and kind");
        if (mapping is null)
        {
            return Placeholder(PlaceholderName(index));
        }

        var kinds = context.Format.Generators.Select((g, i) => (g.KindName, i)).ToList();
        var nameNode = mapping.Find("name")?.Value;
        var kindNode = mapping.Find("kind")?.Value;
        var namePath = SpecPath.Child(path, "name");
        var kindPath = SpecPath.Child(path, "kind");
        context.Paths.Register(path, mapping.Start);
        if (nameNode is null)
        {
            context.Error(namePath, mapping, "missing required key 'name' in a generator");
        }

        if (kindNode is null)
        {
            context.Error(kindPath, mapping, $"missing required key 'kind' in a generator; expected one of {Values.Words(kinds)}");
        }

        var syntax = Values.Choice(context, kindNode, kindPath, kinds) is { } chosen ? context.Format.Generators[chosen] : null;
        var map = syntax is null ? null : new MapReader(context, mapping, path, syntax.Keys, syntax.Misplaced);

        // Register the name's position even when the kind is bad, for problems about the name.
        if (nameNode is not null)
        {
            context.Paths.Register(namePath, nameNode.Start);
        }

        var name = Values.Name(context, nameNode, namePath)
            ?? (nameNode as ScalarNode)?.Value
            ?? PlaceholderName(index);
        return map is null ? Placeholder(name) : syntax!.Map(name, new KindFields(context, map));
    }

    private static string PlaceholderName(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{Tokens.Placeholder}-generator-{index}");

    private static AutoregressiveGeneratorSpec Placeholder(string name) =>
        new(name, ModelMapper.PlaceholderAutoregressive, new ComputeSpec());
}
