using ArDivergence.Core.Compute;

namespace ArDivergence.Core.Metrics;

/// <summary>
/// The path-dependent metrics of one step of one lane (semantics §4). off_manifold is a property of
/// the lane, not of this path, and lives in <see cref="OffManifoldCurve"/>.
/// </summary>
public sealed record StepRecord(
    int T,
    int Token,
    double TokenProbability,
    bool OnManifold,
    double? TokenError,
    double PathOff,
    double LecunNaive,
    IReadOnlyList<TopToken> Top,
    StepCompute Compute,
    ComputeTotals Totals,
    bool Forced,
    PathAccumulators Accumulators)
{
    /// <summary>The mean of the token errors defined so far (null before any).</summary>
    public double? MeanTokenError => Accumulators.ErrorCount == 0 ? null : Accumulators.ErrorSum / Accumulators.ErrorCount;
}
