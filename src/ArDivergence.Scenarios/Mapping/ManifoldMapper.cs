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
            Kind.Automaton => AutomatonMapper.Map(context, mapping, path),
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
}
