using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Yaml;

namespace ArDivergence.Scenarios.Mapping;

/// <summary>
/// Maps <c>compute:</c> (semantics §5); a key left out keeps <see cref="ComputeSpec"/>'s default (GPT-2 small).
/// Whether the shapes fit together (heads dividing d_model) is checked by Core's validator.
/// </summary>
internal static class ComputeMapper
{
    public static ComputeSpec Map(MappingContext context, Node? node, string path)
    {
        var mapping = Lists.Mapping(context, node, path, "a mapping like {layers: 12, d_model: 768}");
        if (mapping is null)
        {
            return new ComputeSpec();
        }

        var map = new MapReader(context, mapping, path, ScenarioKeys.Compute);
        var defaults = new ComputeSpec();
        return new ComputeSpec
        {
            Layers = Positive(context, map, "layers") ?? defaults.Layers,
            DModel = Positive(context, map, "d_model") ?? defaults.DModel,
            DFf = Positive(context, map, "d_ff"),
            Heads = Positive(context, map, "heads"),
            KvHeads = Positive(context, map, "kv_heads"),
            BytesPerValue = Positive(context, map, "bytes_per_value") ?? defaults.BytesPerValue,
            KvCache = Values.Bool(context, map.Optional("kv_cache"), map.PathOf("kv_cache")) ?? defaults.KvCache,
            ThinkFlops = Values.Number(context, map.Optional("think_flops"), map.PathOf("think_flops"), 0, double.MaxValue) ?? defaults.ThinkFlops,
        };
    }

    private static int? Positive(MappingContext context, MapReader map, string key) =>
        Values.Int(context, map.Optional(key), map.PathOf(key), min: 1);
}
