namespace ArDivergence.Core.Metrics;

/// <summary>off_manifold at one t: exact, or a Monte Carlo estimate with its 95% Wilson interval.</summary>
public readonly record struct OffManifoldValue(double Value, bool Exact, WilsonInterval? Interval, long Samples);
