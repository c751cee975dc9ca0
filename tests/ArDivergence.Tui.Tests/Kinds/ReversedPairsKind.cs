using ArDivergence.Core.Compute;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Scenarios.Kinds;
using ArDivergence.Core.Specs;
using ArDivergence.Scenarios;
using ArDivergence.Scenarios.Kinds;

namespace ArDivergence.Tui.Tests.Kinds;

/// <summary>
/// A lane kind the shipped ones are not, for the debugger's views: <c>{name, kind: reversed_pairs, token: T, off: X, off_at: S}</c>
/// writes positions 2t and then 2t − 3 at step t, and cannot branch (see <see cref="ReversedPairsGenerator"/>).
/// </summary>
public sealed class ReversedPairsKind : GeneratorKindDescriptor<ReversedPairsGeneratorSpec>, IGeneratorSyntax
{
    public const string Name = "reversed_pairs";

    public override GeneratorKind Kind { get; } = new(Name, "PAIRS");

    public string KindName => Name;

    public KeySet Keys { get; } = new("reversed_pairs_generator", "a reversed_pairs generator", ["name", "kind", "token", "off", "off_at"]);

    public IReadOnlyDictionary<string, string> Misplaced { get; } = new Dictionary<string, string>();

    public GeneratorSpec Map(string name, KindFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return new ReversedPairsGeneratorSpec(name, fields.Token("token") ?? "", fields.Token("off") ?? "", fields.WholeNumber("off_at", required: true, min: 1) ?? 1);
    }

    protected override void Validate(ReversedPairsGeneratorSpec spec, GeneratorCheck check)
    {
    }

    protected override IGenerator Build(ReversedPairsGeneratorSpec spec, LaneBuild build) =>
        new ReversedPairsGenerator(
            spec.Name, Kind, build.Context, build.Vocabulary.IdOf(spec.Token), build.Vocabulary.IdOf(spec.Off), spec.OffAt, ComputeConfig.From(new ComputeSpec()));
}
