using ArDivergence.Core.Debugging;
using ArDivergence.Core.Metrics;

namespace ArDivergence.Tui.Output;

/// <summary>One step of one lane with everything the verbs print, tokens already as text.</summary>
public sealed record StepRow(
    int T,
    string Token,
    double TokenProbability,
    bool OnManifold,
    double? TokenError,
    double PathOff,
    OffManifoldValue? OffManifold,
    double LecunNaive,
    double FlopsComputed,
    double FlopsRecomputed,
    double FlopsReused,
    long KvCacheBytes,
    ComputeTotals Totals,
    bool Forced,
    IReadOnlyList<TopRow> Top)
{
    /// <summary>The row `ardiv run` prints for one step, with off_manifold as known to the caller.</summary>
    public static StepRow From(SessionSnapshot snapshot, StepRecord step, OffManifoldValue? offManifold)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(step);
        return new StepRow(
            step.T,
            snapshot.TokenText(step.Token),
            step.TokenProbability,
            step.OnManifold,
            step.TokenError,
            step.PathOff,
            offManifold,
            step.LecunNaive,
            step.Compute.Computed,
            step.Compute.Recomputed,
            step.Compute.Reused,
            step.Compute.KvCacheBytes,
            step.Totals,
            step.Forced,
            [.. step.Top.Select(top => new TopRow(snapshot.TokenText(top.Token), top.Probability, top.Valid))]);
    }
}
