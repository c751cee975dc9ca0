using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Mapping;

namespace ArDivergence.Scenarios.Kinds;

/// <summary><c>manifold: {kind: automaton, start, accept, states: {NAME: [{token, to, p}]}}</c>.</summary>
internal sealed class AutomatonSyntax : IManifoldSyntax
{
    public string KindName => "automaton";

    public string? TaskName => null;

    public KeySet Keys { get; } = new("automaton_manifold", "an automaton manifold", ["kind", "start", "accept", "states", "tolerance"]);

    public ManifoldSpec Map(KindFields fields) => AutomatonMapper.Map(fields.Context, fields.Reader);
}
