using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Yaml;

namespace ArDivergence.Scenarios.Mapping;

/// <summary>
/// Maps <c>breakpoints:</c>. What <c>value</c> is depends on <c>when</c>: none for off_manifold, a
/// probability for the *_above kinds, a position t ≥ 1 for position, a token for token.
/// </summary>
internal static class BreakpointMapper
{
    private static readonly (string, BreakpointKind)[] Kinds =
    [
        ("off_manifold", BreakpointKind.OffManifold),
        ("token_error_above", BreakpointKind.TokenErrorAbove),
        ("path_off_above", BreakpointKind.PathOffAbove),
        ("off_manifold_above", BreakpointKind.OffManifoldAbove),
        ("position", BreakpointKind.Position),
        ("token", BreakpointKind.Token),
    ];

    private static readonly BreakpointSpec Placeholder = new(BreakpointKind.OffManifold);

    public static IReadOnlyList<BreakpointSpec> MapAll(MappingContext context, Node? node, string path)
    {
        var items = Lists.Items(context, node, path, "breakpoints like {when: off_manifold}", nonEmpty: false) ?? [];
        return [.. items.Select((item, i) => Map(context, item, SpecPath.Item(path, i)))];
    }

    private static BreakpointSpec Map(MappingContext context, Node item, string path)
    {
        var mapping = Lists.Mapping(context, item, path, "a breakpoint like {when: off_manifold}");
        if (mapping is null)
        {
            return Placeholder;
        }

        var map = new MapReader(context, mapping, path, ScenarioKeys.Breakpoint);
        var when = Values.Choice(context, map.Required("when"), map.PathOf("when"), Kinds);
        var lane = Values.Name(context, map.Optional("lane"), map.PathOf("lane"));
        if (when is null)
        {
            return Placeholder;
        }

        var valuePath = map.PathOf("value");
        var valueNode = when == BreakpointKind.OffManifold ? map.Optional("value") : map.Required("value");
        switch (when.Value)
        {
            case BreakpointKind.OffManifold:
                if (valueNode is not null)
                {
                    context.Error(valuePath, mapping.Find("value")!.Key, "value: off_manifold takes no value; it stops when a lane leaves the manifold");
                }

                return new BreakpointSpec(BreakpointKind.OffManifold, Lane: lane);
            case BreakpointKind.Position:
                var position = Values.Int(context, valueNode, valuePath, min: 1);
                return new BreakpointSpec(BreakpointKind.Position, Value: position, Lane: lane);
            case BreakpointKind.Token:
                return new BreakpointSpec(BreakpointKind.Token, Token: Tokens.Token(context, valueNode, valuePath), Lane: lane);
            default:
                return new BreakpointSpec(when.Value, Value: Values.Probability(context, valueNode, valuePath), Lane: lane);
        }
    }
}
