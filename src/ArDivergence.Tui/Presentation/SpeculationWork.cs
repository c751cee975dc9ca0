using System.Globalization;
using ArDivergence.Core.Compute;
using ArDivergence.Core.Debugging;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Generators.Speculative;
using ArDivergence.Core.Metrics;

namespace ArDivergence.Tui.Presentation;

/// <summary>
/// A speculative lane's work to its t split into the draft's and the target's (semantics §12; each part's
/// discarded work is what it spent on drafts that were rejected or came after a rejection), and how the
/// speculation went: mean acceptance and tokens per target pass, expected and measured. For the compute pane.
/// </summary>
public sealed record SpeculationWork(ComputePart Draft, ComputePart Target, SpeculationSummary Summary)
{
    /// <summary>The split of a speculative lane, or null for any other lane (or before its first step).</summary>
    public static SpeculationWork? Of(SessionSnapshot snapshot, LaneSnapshot lane)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(lane);
        if (snapshot.Scenario.Generator(lane.Name) is not SpeculativeGenerator speculative
            || SpeculationSummary.Of(lane.Steps, speculative.Gamma) is not { } summary)
        {
            return null;
        }

        var extras = lane.Steps.Select(s => s.Extras).OfType<StepExtras>().ToArray();
        return new SpeculationWork(
            Part("draft", extras.Select(e => e.DraftWork)),
            Part("target", extras.Select(e => e.TargetWork)),
            summary);
    }

    /// <summary>
    /// "ᾱ 0.9100 · 4.00 tokens/target pass (expected 4.18)": the measured tokens per pass beside (1 − ᾱ^{γ+1})/(1 − ᾱ);
    /// shorter where <paramref name="width"/> is too narrow for that.
    /// </summary>
    public string SummaryText(int width)
    {
        var alpha = Units.Probability(Summary.MeanAcceptance);
        var full = string.Create(
            CultureInfo.InvariantCulture,
            $"ᾱ {alpha} · {Summary.TokensPerPass:0.00} tokens/target pass (expected {Summary.ExpectedTokensPerPass:0.00})");
        return TextCells.Width(full) <= width
            ? full
            : string.Create(CultureInfo.InvariantCulture, $"ᾱ {alpha} · {Summary.TokensPerPass:0.00}/pass, exp. {Summary.ExpectedTokensPerPass:0.00}");
    }

    private static ComputePart Part(string label, IEnumerable<StepCompute?> work)
    {
        var steps = work.OfType<StepCompute>().ToArray();
        return new ComputePart(label, steps.Sum(s => s.Computed), steps.Sum(s => s.Recomputed), steps.Sum(s => s.Reused), steps.Sum(s => s.Discarded));
    }
}
