using System.Globalization;
using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Yaml;

namespace ArDivergence.Scenarios.Mapping;

/// <summary>Maps <c>generators:</c> (semantics §3), dispatching each item on its <c>kind</c>.</summary>
internal static class GeneratorMapper
{
    private enum Kind
    {
        Autoregressive,
        NonAutoregressive,
        Mpc,
    }

    private static readonly (string, Kind)[] Kinds =
        [("autoregressive", Kind.Autoregressive), ("non_autoregressive", Kind.NonAutoregressive), ("mpc", Kind.Mpc)];

    /// <summary>mpc plans with its inner generator, so it has neither a model nor a compute shape of its own.</summary>
    private static readonly Dictionary<string, string> NotForMpc = new(StringComparer.Ordinal)
    {
        ["model"] = "an mpc generator takes no 'model': it plans with its inner generator's model (set that on the generator named by 'inner')",
        ["compute"] = "an mpc generator takes no 'compute': it runs its inner generator, whose compute it uses (set that on the generator named by 'inner')",
    };

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
            context.Error(kindPath, mapping, $"missing required key 'kind' in a generator; expected one of {Values.Words(Kinds)}");
        }

        var kind = Values.Choice(context, kindNode, kindPath, Kinds);
        var map = kind switch
        {
            Kind.Autoregressive => new MapReader(context, mapping, path, ScenarioKeys.AutoregressiveGenerator),
            Kind.NonAutoregressive => new MapReader(context, mapping, path, ScenarioKeys.NonAutoregressiveGenerator),
            Kind.Mpc => new MapReader(context, mapping, path, ScenarioKeys.MpcGenerator, NotForMpc),
            _ => null,
        };

        // Register the name's position even when the kind is bad, for problems about the name.
        if (nameNode is not null)
        {
            context.Paths.Register(namePath, nameNode.Start);
        }

        var name = Values.Name(context, nameNode, namePath)
            ?? (nameNode as ScalarNode)?.Value
            ?? PlaceholderName(index);
        return map is null ? Placeholder(name) : MapKind(context, map, kind!.Value, name);
    }

    private static GeneratorSpec MapKind(MappingContext context, MapReader map, Kind kind, string name)
    {
        switch (kind)
        {
            case Kind.Autoregressive:
                return new AutoregressiveGeneratorSpec(
                    name,
                    ModelMapper.Autoregressive(context, map.Required("model"), map.PathOf("model")),
                    ComputeMapper.Map(context, map.Optional("compute"), map.PathOf("compute")));
            case Kind.NonAutoregressive:
                return new NonAutoregressiveGeneratorSpec(
                    name,
                    ModelMapper.OneShot(context, map.Required("model"), map.PathOf("model")),
                    ComputeMapper.Map(context, map.Optional("compute"), map.PathOf("compute")));
            default:
                var inner = Values.Name(context, map.Required("inner"), map.PathOf("inner"));
                var commit = Values.Int(context, map.Optional("commit"), map.PathOf("commit"), min: 1);
                var horizonNode = map.Optional("horizon");
                var horizon = horizonNode is ScalarNode { Type: ScalarType.Null }
                    ? null
                    : Values.Int(context, horizonNode, map.PathOf("horizon"), min: 1);
                var prefixCache = Values.Bool(context, map.Optional("prefix_cache"), map.PathOf("prefix_cache"));
                return new MpcGeneratorSpec(name, inner ?? string.Empty, commit ?? 1, horizon, prefixCache ?? false);
        }
    }

    private static string PlaceholderName(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{Tokens.Placeholder}-generator-{index}");

    private static AutoregressiveGeneratorSpec Placeholder(string name) =>
        new(name, ModelMapper.PlaceholderAutoregressive, new ComputeSpec());
}
