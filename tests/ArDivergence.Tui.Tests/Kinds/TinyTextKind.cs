using ArDivergence.Core.Compute;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Scenarios.Kinds;
using ArDivergence.Core.Specs;
using ArDivergence.Scenarios;
using ArDivergence.Scenarios.Kinds;

namespace ArDivergence.Tui.Tests.Kinds;

/// <summary>
/// A lane kind with its own tokenizer (<see cref="TinyTextModel"/>), defined outside src/, so that text
/// manifolds can be tested end to end without a real model: it builds its own view of the scenario's
/// language with <c>LaneBuild.Text.ContextFor</c>, as a gguf or trace lane does.
/// </summary>
public sealed class TinyTextKind : GeneratorKindDescriptor<TinyTextGeneratorSpec>, IGeneratorSyntax
{
    public const string Name = "tiny_text";

    public override GeneratorKind Kind { get; } = new(Name, "TXT");

    public override bool CanBeWrapped => true;

    public string KindName => Name;

    public KeySet Keys { get; } = new("tiny_text_generator", "a tiny_text generator", ["name", "kind"]);

    public IReadOnlyDictionary<string, string> Misplaced { get; } = new Dictionary<string, string>();

    public GeneratorSpec Map(string name, KindFields fields) => new TinyTextGeneratorSpec(name);

    protected override bool ReadsText(TinyTextGeneratorSpec spec) => true;

    protected override void Validate(TinyTextGeneratorSpec spec, GeneratorCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (check.Scenario.Manifold is not TextManifoldSpec)
        {
            check.Report(".kind", "a tiny_text lane runs only on a text manifold (regex, answers)");
        }
    }

    protected override IGenerator Build(TinyTextGeneratorSpec spec, LaneBuild build)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(build);
        var language = build.Text ?? throw new InvalidOperationException("a tiny_text lane needs a text manifold");
        return new AutoregressiveGenerator(spec.Name, language.ContextFor(TinyTextModel.Vocabulary, []), new TinyTextModel(), ComputeConfig.Default);
    }
}
