using ArDivergence.Core.Compute;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Scenarios.Kinds;
using ArDivergence.Core.Specs;
using ArDivergence.Scenarios;
using ArDivergence.Scenarios.Kinds;

namespace ArDivergence.Tui.Tests.Kinds;

/// <summary>
/// A lane kind defined outside src/, as one descriptor: <c>{name, kind: constant_token, token: T}</c> writes T at
/// every step. Both halves are here: the loader's (keys, mapping) and Core's (validation, label, build).
/// </summary>
public sealed class ConstantTokenKind : GeneratorKindDescriptor<ConstantTokenGeneratorSpec>, IGeneratorSyntax
{
    public const string Name = "constant_token";

    public override GeneratorKind Kind { get; } = new(Name, "CONST");

    public string KindName => Name;

    public KeySet Keys { get; } = new("constant_token_generator", "a constant_token generator", ["name", "kind", "token"]);

    public IReadOnlyDictionary<string, string> Misplaced { get; } = new Dictionary<string, string>
    {
        ["model"] = "a constant_token generator takes no 'model': it always writes its 'token'",
    };

    public GeneratorSpec Map(string name, KindFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return new ConstantTokenGeneratorSpec(name, fields.Token("token") ?? string.Empty);
    }

    protected override void Validate(ConstantTokenGeneratorSpec spec, GeneratorCheck check)
    {
        if (check.Vocabulary is { } vocabulary && !vocabulary.Contains(spec.Token))
        {
            check.Report(".token", $"token '{spec.Token}' is not in the vocabulary");
        }
    }

    protected override IGenerator Build(ConstantTokenGeneratorSpec spec, LaneBuild build) =>
        new ConstantTokenGenerator(spec.Name, Kind, build.Context, build.Vocabulary.IdOf(spec.Token), ComputeConfig.From(new ComputeSpec()));
}
