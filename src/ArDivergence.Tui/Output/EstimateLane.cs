using ArDivergence.Core.Metrics;
using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Output;

/// <summary>
/// Sequence-level results of one lane: off_manifold at L over all runs (exact and/or Monte Carlo) and,
/// from the lane's seeded run (the one `run` prints), lecun_naive, mean_token_error and compute totals.
/// </summary>
public sealed record EstimateLane(
    string Name,
    string Kind,
    double? OffManifoldExact,
    FirstOffHistogram? MonteCarlo,
    int Length,
    double LecunNaive,
    double? MeanTokenError,
    ComputeTotals Totals)
{
    /// <summary>A speculative lane's acceptance, tokens per target pass and draft/target work (null for other lanes).</summary>
    public SpeculationSummary? Speculation { get; init; }
    /// <summary>LeCun's bound over all runs of the lane (semantics §13), or why there is none.</summary>
    public LecunBoundSummary LecunBound { get; init; } = new(LecunBoundSummary.NotComputed, null, null);
}
