using ArDivergence.Core.Generators;

namespace ArDivergence.Core.Metrics;

/// <summary>
/// A speculative lane's path in figures (semantics §12): the mean acceptance ᾱ over its steps, the expected tokens
/// per target pass (1 − ᾱ^{γ+1})/(1 − ᾱ) (γ + 1 when ᾱ = 1) beside the measured ones (tokens committed / rounds,
/// one target pass per round), and the FLOPs of the draft and of the target.
/// </summary>
public sealed record SpeculationSummary(double MeanAcceptance, double ExpectedTokensPerPass, double TokensPerPass, double DraftFlops, double TargetFlops)
{
    /// <summary>The summary of a speculative lane's steps, or null for a lane whose steps carry no acceptance.</summary>
    public static SpeculationSummary? Of(IReadOnlyList<StepRecord> steps, int gamma)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var extras = steps.Select(s => s.Extras).OfType<StepExtras>().Where(e => e.Acceptance is not null).ToArray();
        if (extras.Length == 0)
        {
            return null;
        }

        var mean = extras.Average(e => e.Acceptance!.Value);
        var rounds = extras.Count(e => e.RoundStart);
        return new SpeculationSummary(
            mean,
            ExpectedTokens(mean, gamma),
            rounds == 0 ? 0 : (double)extras.Length / rounds,
            extras.Sum(e => e.DraftFlops ?? 0),
            extras.Sum(e => e.TargetFlops ?? 0));
    }

    /// <summary>(1 − α^{γ+1})/(1 − α): the tokens a round of γ drafts yields on average when every draft is accepted with probability α.</summary>
    public static double ExpectedTokens(double alpha, int gamma) =>
        alpha >= 1 ? gamma + 1 : (1 - Math.Pow(alpha, gamma + 1)) / (1 - alpha);
}
