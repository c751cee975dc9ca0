using System.Globalization;
using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Yaml;

namespace ArDivergence.Scenarios.Mapping;

/// <summary>Maps <c>manifold: {kind: automaton, start, accept, states: {NAME: [{token, to, p}]}}</c>.</summary>
internal static class AutomatonMapper
{
    /// <param name="map">The manifold mapping, read against the automaton's keys.</param>
    public static AutomatonManifoldSpec Map(MappingContext context, MapReader map)
    {
        var start = StateName(context, map.Required("start"), map.PathOf("start"));
        IReadOnlyList<string>? accept = null;
        var acceptNode = map.Optional("accept");
        if (acceptNode is not null)
        {
            var items = Lists.Items(context, acceptNode, map.PathOf("accept"), "state names", nonEmpty: false) ?? [];
            accept = [.. items.Select((item, i) => StateName(context, item, SpecPath.Item(map.PathOf("accept"), i)) ?? Tokens.Placeholder)];
        }

        var states = MapStates(context, map.Required("states"), map.PathOf("states"));
        return new AutomatonManifoldSpec(start ?? Tokens.Placeholder, accept, states);
    }

    private static List<AutomatonStateSpec> MapStates(MappingContext context, Node? node, string path)
    {
        var mapping = Lists.Mapping(context, node, path, "a mapping from state names to lists of moves");
        if (mapping is null)
        {
            return [];
        }

        if (mapping.Entries.Count == 0)
        {
            context.Error(path, mapping, "'states': the mapping is empty; expected at least one state");
        }

        var states = new List<AutomatonStateSpec>(mapping.Entries.Count);
        foreach (var entry in mapping.Entries)
        {
            var statePath = SpecPath.Child(path, entry.Key.Value);
            context.Paths.Register(statePath, entry.Key.Start);
            var name = StateName(context, entry.Key, statePath) ?? Tokens.Placeholder;
            var items = Lists.Items(context, entry.Value, statePath, "moves {token, to, p}", nonEmpty: false) ?? [];
            var moves = new List<AutomatonMoveSpec>(items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                moves.Add(MapMove(context, items[i], SpecPath.Item(statePath, i), name, i));
            }

            states.Add(new AutomatonStateSpec(name, moves));
        }

        return states;
    }

    private static AutomatonMoveSpec MapMove(MappingContext context, Node item, string path, string state, int index)
    {
        // A bad move keeps its index with a harmless stand-in: a distinct token that loops on its own state.
        var fallbackToken = Tokens.Placeholder + index.ToString(CultureInfo.InvariantCulture);
        var mapping = Lists.Mapping(context, item, path, "a move like {token: a, to: q, p: 0.5}");
        if (mapping is null)
        {
            return new AutomatonMoveSpec(fallbackToken, state);
        }

        var map = new MapReader(context, mapping, path, ScenarioKeys.AutomatonMove);
        var token = Tokens.Token(context, map.Required("token"), map.PathOf("token"));
        var to = StateName(context, map.Required("to"), map.PathOf("to"));
        var p = Values.Number(context, map.Optional("p"), map.PathOf("p"), 0, double.MaxValue, minExclusive: true);
        return new AutomatonMoveSpec(token ?? fallbackToken, to ?? state, p ?? 1.0);
    }

    /// <summary>State names are written as keys and as values; a plain word or an integer (<c>0</c>, <c>q1</c>).</summary>
    private static string? StateName(MappingContext context, Node? node, string path)
    {
        var scalar = Values.Scalar(context, node, path, "a state name");
        if (scalar is null)
        {
            return null;
        }

        if (scalar.Type is not (ScalarType.String or ScalarType.Int) || scalar.Value.Length == 0)
        {
            context.Error(path, scalar, $"{Values.Key(path)}: expected a state name (a word or an integer), found {scalar.Describe()}");
            return null;
        }

        return scalar.Value;
    }
}
