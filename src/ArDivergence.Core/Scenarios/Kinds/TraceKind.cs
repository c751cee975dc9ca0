using System.Collections.Immutable;
using System.Globalization;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Traces;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary>
/// Core's half of the `trace` kind (semantics §10): a lane of recorded generations on a text manifold.
/// Each trace must fit the token budget; the lane checks its traces against the language's automaton.
/// </summary>
public sealed class TraceKind : GeneratorKindDescriptor<TraceGeneratorSpec>
{
    public override GeneratorKind Kind => TraceLane.TraceKind;

    protected override bool ReadsText(TraceGeneratorSpec spec) => true;

    protected override void Validate(TraceGeneratorSpec spec, GeneratorCheck check)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(check);
        if (check.Scenario.Manifold is not TextManifoldSpec)
        {
            check.Report(".kind", "a trace lane runs only on a text manifold (kind: regex or answers): a recording is text, not tokens of the scenario's vocabulary");
            return;
        }

        if (spec.Traces.Count == 0)
        {
            check.Report(".files", "the files match no recording");
            return;
        }

        var length = check.Scenario.Length;
        var longest = spec.Traces.MaxBy(t => t.Tokens.Length)!;
        if (length is { } l && longest.Tokens.Length > l)
        {
            check.Report(".files", string.Create(CultureInfo.InvariantCulture,
                $"{longest.Source} has {longest.Tokens.Length} tokens, more than length {l}: raise length to at least {longest.Tokens.Length}"));
        }
    }

    protected override IGenerator Build(TraceGeneratorSpec spec, LaneBuild build)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(build);
        var text = build.Text ?? throw new InvalidOperationException("a trace lane needs a text manifold");
        var language = new DfaLanguage(text.Dfa);
        ImmutableArray<TraceWalk> walks = [.. spec.Traces.Select(t => TraceBounds.Walk(t, language))];
        return new TraceLane(spec.Name, walks, language, text.Length, []);
    }
}
