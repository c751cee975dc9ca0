using System.Collections.Immutable;
using ArDivergence.Core.Metrics;

namespace ArDivergence.Core.Traces;

/// <summary>
/// off_manifold of a trace lane (semantics §10): at step t, the fraction of the lane's traces that are
/// off the manifold by t (a trace shorter than t counts with its final verdict), with the 95% Wilson
/// interval over n = the number of traces.
/// </summary>
public sealed class TraceOffManifold
{
    private readonly ImmutableArray<int?> _firstOff;

    public TraceOffManifold(IEnumerable<TraceWalk> walks)
    {
        ArgumentNullException.ThrowIfNull(walks);
        _firstOff = [.. walks.Select(w => w.FirstOffStep)];
    }

    public int Traces => _firstOff.Length;

    /// <summary>How many traces are off by step <paramref name="t"/>.</summary>
    public int OffBy(int t) => _firstOff.Count(off => off is { } step && step <= t);

    public double FractionOffBy(int t) => Traces == 0 ? 0 : (double)OffBy(t) / Traces;

    public WilsonInterval IntervalBy(int t) => WilsonInterval.Of95(OffBy(t), Traces);
}
