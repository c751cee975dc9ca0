using ArDivergence.Core.Specs;
using ArDivergence.Core.Text;
using static ArDivergence.Core.Scenarios.SpecText;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary><c>kind: answers</c>: the generated text must equal one of the answers (semantics §8).</summary>
public sealed class AnswersKind : TextManifoldKindDescriptor<AnswersManifoldSpec>
{
    public override string Description => "answers manifold";

    protected override void Check(AnswersManifoldSpec spec, ManifoldCheck check)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(check);
        if (spec.Answers.Count == 0)
        {
            check.Add("manifold.answers", "an answers manifold needs at least one answer");
            return;
        }

        if (spec.Answers.Count > TextLimits.MaxAnswers)
        {
            check.Add("manifold.answers", Invariant($"{spec.Answers.Count:N0} answers is over the limit of {TextLimits.MaxAnswers:N0}"));
            return;
        }

        var total = spec.Answers.Sum(a => (long)a.Length);
        if (total > TextLimits.MaxPatternLength)
        {
            check.Add("manifold.answers", Invariant($"the answers are {total:N0} characters together, over the limit of {TextLimits.MaxPatternLength:N0}"));
            return;
        }

        base.Check(spec, check);
    }

    protected override ByteDfa Compile(AnswersManifoldSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return TextPatterns.Answers(spec.Answers, spec.IgnoreCase);
    }

    protected override void Report(AnswersManifoldSpec spec, TextPatternException error, ManifoldCheck check)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(check);
        check.Add("manifold.answers", error.Message);
    }
}
