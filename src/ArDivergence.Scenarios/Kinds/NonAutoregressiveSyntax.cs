using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Mapping;

namespace ArDivergence.Scenarios.Kinds;

/// <summary><c>{name, kind: non_autoregressive, model: {kind: factorized | joint, ...}, compute}</c>.</summary>
internal sealed class NonAutoregressiveSyntax : IGeneratorSyntax
{
    public string KindName => "non_autoregressive";

    public KeySet Keys { get; } = new("non_autoregressive_generator", "a non_autoregressive generator", ["name", "kind", "model", "compute"]);

    public IReadOnlyDictionary<string, string> Misplaced { get; } = new Dictionary<string, string>();

    public GeneratorSpec Map(string name, KindFields fields) => new NonAutoregressiveGeneratorSpec(
        name,
        ModelMapper.OneShot(fields.Context, fields.Reader.Required("model"), fields.Reader.PathOf("model")),
        fields.Compute());
}
