using ArDivergence.Core.Generators;
using ArDivergence.Core.Generators.Speculative;
using ArDivergence.Core.Specs;
using static ArDivergence.Core.Scenarios.SpecText;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary><c>kind: speculative</c>: a draft lane proposes γ tokens, a target lane verifies them (both autoregressive lanes of the scenario).</summary>
public sealed class SpeculativeKind : GeneratorKindDescriptor<SpeculativeGeneratorSpec>
{
    /// <summary>A round drafts at most this many tokens.</summary>
    public const int MaxGamma = 64;

    public override GeneratorKind Kind => SpeculativeGenerator.SpeculativeKind;

    public override bool WrapsAnotherLane => true;

    protected override void Validate(SpeculativeGeneratorSpec spec, GeneratorCheck check)
    {
        CheckLane(spec, spec.Draft, "draft", check);
        CheckLane(spec, spec.Target, "target", check);
        // Draft and target would each see the text through their own tokenizer; verifying one's tokens with the other's
        // distribution needs a shared vocabulary, which only token manifolds give in this version.
        if (check.Scenario.Manifold is TextManifoldSpec)
        {
            check.Report(string.Empty, $"speculative '{spec.Name}' needs a token manifold (sequences, automaton, task): on a text manifold its draft and target would not share one vocabulary");
        }

        if (spec.Gamma is < 1 or > MaxGamma)
        {
            check.Report(".gamma", Invariant($"gamma must be between 1 and {MaxGamma}, found {spec.Gamma}"));
        }
    }

    protected override IGenerator Build(SpeculativeGeneratorSpec spec, LaneBuild build) => new SpeculativeGenerator(
        spec.Name, Autoregressive(build.Lane(spec.Draft), spec), Autoregressive(build.Lane(spec.Target), spec), spec.Gamma);

    private static void CheckLane(SpeculativeGeneratorSpec spec, string name, string role, GeneratorCheck check)
    {
        var lane = check.Lane(name);
        if (name == spec.Name)
        {
            check.Report("." + role, $"speculative '{spec.Name}' names itself as {role}; name an autoregressive generator");
        }
        else if (lane is null)
        {
            var candidates = check.Scenario.Generators.Where(g => g is AutoregressiveGeneratorSpec).Select(g => g.Name).ToList();
            check.Report("." + role, $"{role} '{name}' names no generator; candidates: {(candidates.Count == 0 ? "none" : Some(candidates))}");
        }
        else if (lane is not AutoregressiveGeneratorSpec)
        {
            check.Report("." + role, $"{role} '{name}' is a {lane.KindName} generator; speculative decoding drafts and verifies with autoregressive generators");
        }
    }

    private static AutoregressiveGenerator Autoregressive(IGenerator lane, SpeculativeGeneratorSpec spec) =>
        lane as AutoregressiveGenerator ?? throw new InvalidOperationException($"speculative '{spec.Name}' needs autoregressive lanes, not '{lane.Name}'");
}
