using ArDivergence.Core.Compute;

namespace ArDivergence.Core.Metrics;

/// <summary>Running sums of a lane's compute up to a step, and the largest KV cache so far.</summary>
public readonly record struct ComputeTotals(double Computed, double Recomputed, double Reused, long PeakKvCacheBytes, double Discarded = 0)
{
    public ComputeTotals Add(StepCompute step) => new(
        Computed + step.Computed,
        Recomputed + step.Recomputed,
        Reused + step.Reused,
        Math.Max(PeakKvCacheBytes, step.KvCacheBytes),
        Discarded + step.Discarded);
}
