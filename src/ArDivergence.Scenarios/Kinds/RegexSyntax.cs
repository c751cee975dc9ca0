using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Mapping;

namespace ArDivergence.Scenarios.Kinds;

/// <summary><c>manifold: {kind: regex, pattern: P, ignore_case: false}</c> (semantics §8).</summary>
internal sealed class RegexSyntax : IManifoldSyntax
{
    public string KindName => "regex";

    public string? TaskName => null;

    public KeySet Keys { get; } = new("regex_manifold", "a regex manifold", ["kind", "pattern", "ignore_case"]);

    public ManifoldSpec Map(KindFields fields)
    {
        var (context, map) = (fields.Context, fields.Reader);
        var path = map.PathOf("pattern");
        var pattern = TextScalars.Read(context, map.Required("pattern"), path, registerCharacters: true);
        var ignoreCase = Values.Bool(context, map.Optional("ignore_case"), map.PathOf("ignore_case")) ?? false;
        return new RegexManifoldSpec(pattern ?? string.Empty, ignoreCase);
    }
}
