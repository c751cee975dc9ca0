using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Kinds;
using ArDivergence.Scenarios.Yaml;

namespace ArDivergence.Scenarios.Mapping;

/// <summary>Maps <c>manifold:</c> (semantics §2) by the <see cref="IManifoldSyntax"/> its <c>kind</c> names.</summary>
internal static class ManifoldMapper
{
    public static ManifoldSpec? Map(MappingContext context, Node? node, string path)
    {
        var kinds = context.Format.Manifolds.Select(m => m.KindName).Distinct(StringComparer.Ordinal).Select((k, i) => (k, i)).ToList();
        var mapping = Lists.Mapping(context, node, path, $"a mapping with kind: {OneOf(kinds.Select(k => k.k).ToList())}");
        if (mapping is null)
        {
            return null;
        }

        context.Paths.Register(path, mapping.Start);
        var kindPath = SpecPath.Child(path, "kind");
        var kindNode = mapping.Find("kind")?.Value;
        if (kindNode is null)
        {
            context.Error(kindPath, mapping, $"missing required key 'kind' in the manifold; expected one of {Values.Words(kinds)}");
            return null;
        }

        if (Values.Choice(context, kindNode, kindPath, kinds) is not { } chosen)
        {
            return null;
        }

        // A kind with tasks is dispatched again on task:; any other has one syntax.
        var kind = kinds[chosen].k;
        var syntax = context.Format.Manifolds.First(m => m.KindName == kind);
        var spec = syntax.TaskName is not null
            ? TaskMapper.Map(context, mapping, path)
            : syntax.Map(new KindFields(context, new MapReader(context, mapping, path, syntax.Keys)));
        return spec is null ? null : WithTolerance(context, mapping, path, spec);
    }

    /// <summary><c>tolerance: k</c> (semantics §13), a key of every token manifold; 0 when absent.</summary>
    private static ManifoldSpec WithTolerance(MappingContext context, MappingNode mapping, string path, ManifoldSpec spec)
    {
        var node = mapping.Find("tolerance")?.Value;
        return node is null ? spec : spec with { Tolerance = Values.Int(context, node, SpecPath.Child(path, "tolerance"), min: 0) ?? 0 };
    }

    /// <summary>"a, b or c".</summary>
    private static string OneOf(List<string> words) =>
        words.Count <= 1 ? string.Join(string.Empty, words) : $"{string.Join(", ", words.Take(words.Count - 1))} or {words[^1]}";
}
