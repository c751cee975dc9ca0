using ArDivergence.Core.Specs;
using ArDivergence.Core.Text;
using static ArDivergence.Core.Scenarios.SpecText;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary><c>kind: regex</c>: the generated text must fully match the pattern (semantics §8).</summary>
public sealed class RegexKind : TextManifoldKindDescriptor<RegexManifoldSpec>
{
    public override string Description => "regex manifold";

    protected override ByteDfa Compile(RegexManifoldSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Pattern.Length > TextLimits.MaxPatternLength)
        {
            throw new TextPatternException($"the pattern is {spec.Pattern.Length:N0} characters long, over the limit of {TextLimits.MaxPatternLength:N0}", 0);
        }

        return TextPatterns.Regex(spec.Pattern, spec.IgnoreCase);
    }

    /// <summary>At the character the problem starts: the loader maps <c>manifold.pattern[i]</c> into the scalar.</summary>
    protected override void Report(RegexManifoldSpec spec, TextPatternException error, ManifoldCheck check)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(check);
        check.Add(Item("manifold.pattern", error.Offset), "pattern: " + error.Message);
    }
}
