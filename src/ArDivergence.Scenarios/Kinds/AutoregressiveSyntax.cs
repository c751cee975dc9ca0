using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Mapping;

namespace ArDivergence.Scenarios.Kinds;

/// <summary><c>{name, kind: autoregressive, model: {kind: noisy_oracle | ngram | clever_hans, ...}, compute}</c>.</summary>
internal sealed class AutoregressiveSyntax : IGeneratorSyntax
{
    public string KindName => "autoregressive";

    public KeySet Keys { get; } = new("autoregressive_generator", "an autoregressive generator", ["name", "kind", "model", "compute", "chat"]);

    public IReadOnlyDictionary<string, string> Misplaced { get; } = new Dictionary<string, string>();

    public GeneratorSpec Map(string name, KindFields fields) => new AutoregressiveGeneratorSpec(
        name,
        ModelMapper.Autoregressive(fields.Context, fields.Reader.Required("model"), fields.Reader.PathOf("model")),
        fields.Compute())
    {
        // Kept for lanes with a chat template (gguf, semantics §8); the validator refuses it elsewhere.
        Chat = fields.Bool("chat") ?? false,
    };
}
