namespace ArDivergence.Core.Compute;

/// <summary>
/// The compute of one step: FLOPs computed (of which recomputed: work an earlier step already
/// did), FLOPs reused from a cache instead of computed, and KV-cache bytes resident after the step.
/// </summary>
public readonly record struct StepCompute(double Computed, double Recomputed, double Reused, long KvCacheBytes);
