using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Yaml;

namespace ArDivergence.Scenarios.Mapping;

/// <summary>
/// Maps an error schedule ε_t: a probability (constant), <c>{linear: [from, to]}</c> or
/// <c>{values: [...]}</c> (the last value repeats). Every value is a probability.
/// </summary>
internal static class ScheduleMapper
{
    private const string Forms = "a probability (0.01), {linear: [from, to]} or {values: [...]}";

    private static readonly ConstantErrorSpec Placeholder = new(0);

    public static ErrorScheduleSpec Map(MappingContext context, Node? node, string path)
    {
        switch (node)
        {
            case null:
                return Placeholder;
            case ScalarNode:
                var value = Values.Probability(context, node, path);
                return value is null ? Placeholder : new ConstantErrorSpec(value.Value);
            case MappingNode mapping when mapping.Find("linear") is not null:
                return Linear(context, new MapReader(context, mapping, path, ScenarioKeys.LinearSchedule));
            case MappingNode mapping when mapping.Find("values") is not null:
                return ValuesList(context, new MapReader(context, mapping, path, ScenarioKeys.ValuesSchedule));
            case SequenceNode:
                context.Error(path, node, $"{Values.Key(path)}: a bare list is not a schedule; write {{values: [...]}} (or {{linear: [from, to]}})");
                return Placeholder;
            default:
                context.Error(path, node, $"{Values.Key(path)}: expected {Forms}, found a mapping without 'linear' or 'values'");
                return Placeholder;
        }
    }

    private static ErrorScheduleSpec Linear(MappingContext context, MapReader map)
    {
        var path = map.PathOf("linear");
        var items = Lists.Items(context, map.Required("linear"), path, "two probabilities [from, to]", nonEmpty: false);
        if (items is null)
        {
            return Placeholder;
        }

        if (items.Count != 2)
        {
            context.Error(path, map.Optional("linear")!, $"linear: expected two probabilities [from, to], found {items.Count}");
            return Placeholder;
        }

        var from = Values.Probability(context, items[0], SpecPath.Item(path, 0));
        var to = Values.Probability(context, items[1], SpecPath.Item(path, 1));
        return from is null || to is null ? Placeholder : new LinearErrorSpec(from.Value, to.Value);
    }

    private static ErrorScheduleSpec ValuesList(MappingContext context, MapReader map)
    {
        var path = map.PathOf("values");
        var items = Lists.Items(context, map.Required("values"), path, "probabilities", nonEmpty: true);
        if (items is null)
        {
            return Placeholder;
        }

        var values = items.Select((item, i) => Values.Probability(context, item, SpecPath.Item(path, i)) ?? 0).ToList();
        return new ValuesErrorSpec(values);
    }
}
