namespace ArDivergence.Core.Metrics;

/// <summary>
/// Sums carried from step to step: Σ log(1 − e_i) (path_off = −expm1 of it, accurate for tiny e) and
/// Σ e_i with its count (for ē).
/// </summary>
public readonly record struct PathAccumulators(double LogStayOn, double ErrorSum, int ErrorCount);
