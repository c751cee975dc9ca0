using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Yaml;

namespace ArDivergence.Scenarios.Mapping;

/// <summary>Maps <c>manifold:</c> (semantics §2), dispatching on its <c>kind</c>.</summary>
internal static class ManifoldMapper
{
    private enum Kind
    {
        Sequences,
        Automaton,
        Task,
    }

    private static readonly (string, Kind)[] Kinds = [("sequences", Kind.Sequences), ("automaton", Kind.Automaton), ("task", Kind.Task)];

    public static ManifoldSpec? Map(MappingContext context, Node? node, string path)
    {
        var mapping = Lists.Mapping(context, node, path, "a mapping with kind: sequences, automaton or task");
        if (mapping is null)
        {
            return null;
        }

        context.Paths.Register(path, mapping.Start);
        var kindPath = SpecPath.Child(path, "kind");
        var kindNode = mapping.Find("kind")?.Value;
        if (kindNode is null)
        {
            context.Error(kindPath, mapping, "missing required key 'kind' in the manifold; expected one of sequences, automaton, task");
            return null;
        }

        return Values.Choice(context, kindNode, kindPath, Kinds) switch
        {
            Kind.Sequences => MapSequences(context, mapping, path),
            Kind.Automaton => MapAutomaton(context, mapping, path),
            Kind.Task => TaskMapper.Map(context, mapping, path),
            _ => null,
        };
    }

    private static SequencesManifoldSpec MapSequences(MappingContext context, MappingNode mapping, string path)
    {
        var map = new MapReader(context, mapping, path, ScenarioKeys.SequencesManifold);
        var listPath = map.PathOf("sequences");
        var items = Lists.Items(context, map.Required("sequences"), listPath, "sequences", nonEmpty: true) ?? [];
        var sequences = new List<WeightedSequenceSpec>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            sequences.Add(MapSequence(context, items[i], SpecPath.Item(listPath, i)));
        }

        return new SequencesManifoldSpec(sequences);
    }

    /// <summary>An item is <c>{tokens, weight}</c>, or just the tokens (a list or a string) with weight 1.</summary>
    private static WeightedSequenceSpec MapSequence(MappingContext context, Node item, string path)
    {
        var tokensPath = SpecPath.Child(path, "tokens");
        if (item is not MappingNode mapping)
        {
            context.Paths.Register(tokensPath, item.Start);
            return new WeightedSequenceSpec(Tokens.List(context, item, tokensPath) ?? []);
        }

        var map = new MapReader(context, mapping, path, ScenarioKeys.WeightedSequence);
        var tokens = Tokens.List(context, map.Required("tokens"), tokensPath) ?? [];
        var weight = Values.Number(context, map.Optional("weight"), map.PathOf("weight"), 0, double.MaxValue, minExclusive: true);
        return new WeightedSequenceSpec(tokens, weight ?? 1.0);
    }

    private static AutomatonManifoldSpec MapAutomaton(MappingContext context, MappingNode mapping, string path)
    {
        var map = new MapReader(context, mapping, path, ScenarioKeys.AutomatonManifold);
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
            context.Error(path, mapping, "states: the mapping is empty; expected at least one state");
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
        var fallbackToken = Tokens.Placeholder + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
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
