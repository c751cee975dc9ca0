using ArDivergence.Core.Specs;

namespace ArDivergence.Scenarios.Kinds;

/// <summary><c>{name, kind: speculative, draft, target, gamma}</c>.</summary>
internal sealed class SpeculativeSyntax : IGeneratorSyntax
{
    public string KindName => "speculative";

    public KeySet Keys { get; } = new("speculative_generator", "a speculative generator", ["name", "kind", "draft", "target", "gamma"]);

    /// <summary>The lane runs its draft's and target's models at their own compute settings.</summary>
    public IReadOnlyDictionary<string, string> Misplaced { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["model"] = "a speculative generator takes no 'model': it runs the models of the generators named by 'draft' and 'target'",
        ["compute"] = "a speculative generator takes no 'compute': each of its models is priced by its own generator's compute (set it on 'draft' and 'target')",
    };

    public GeneratorSpec Map(string name, KindFields fields)
    {
        var draft = fields.Name("draft");
        var target = fields.Name("target");
        var gamma = fields.WholeNumber("gamma", required: true, min: 1);
        return new SpeculativeGeneratorSpec(name, draft ?? string.Empty, target ?? string.Empty, gamma ?? 1);
    }
}
