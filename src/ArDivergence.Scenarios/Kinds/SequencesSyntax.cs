using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Mapping;
using ArDivergence.Scenarios.Yaml;

namespace ArDivergence.Scenarios.Kinds;

/// <summary><c>manifold: {kind: sequences, sequences: [{tokens, weight} | tokens]}</c>.</summary>
internal sealed class SequencesSyntax : IManifoldSyntax
{
    public string KindName => "sequences";

    public string? TaskName => null;

    public KeySet Keys { get; } = new("sequences_manifold", "a sequences manifold", ["kind", "sequences", "tolerance"]);

    public ManifoldSpec Map(KindFields fields)
    {
        var (context, map) = (fields.Context, fields.Reader);
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
