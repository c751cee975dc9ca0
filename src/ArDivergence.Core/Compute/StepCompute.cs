namespace ArDivergence.Core.Compute;

/// <summary>
/// The compute of one step: FLOPs computed (of which recomputed: work an earlier step already
/// did; of which discarded: work on tokens that are never committed, such as the uncommitted
/// tokens of an mpc plan), FLOPs reused from a cache instead of computed, and KV-cache bytes
/// resident after the step. Recomputed and discarded are parts of computed, not additions, and
/// may overlap.
/// </summary>
public readonly record struct StepCompute(double Computed, double Recomputed, double Reused, long KvCacheBytes, double Discarded = 0);
