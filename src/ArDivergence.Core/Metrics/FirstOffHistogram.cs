namespace ArDivergence.Core.Metrics;

/// <summary>
/// Monte Carlo result for one lane: how many of n runs first left the manifold at each t.
/// off_manifold(t) is the running sum over t, with its Wilson interval.
/// </summary>
public sealed class FirstOffHistogram
{
    private readonly long[] _cumulative;

    public FirstOffHistogram(long[] firstOffCounts, long samples)
    {
        ArgumentNullException.ThrowIfNull(firstOffCounts);
        Samples = samples;
        _cumulative = new long[firstOffCounts.Length];
        long sum = 0;
        for (var t = 0; t < firstOffCounts.Length; t++)
        {
            sum += firstOffCounts[t];
            _cumulative[t] = sum;
        }
    }

    public long Samples { get; }

    /// <summary>The last t covered.</summary>
    public int Length => _cumulative.Length - 1;

    /// <summary>Runs off the manifold by step t.</summary>
    public long OffBy(int t) => _cumulative[Math.Clamp(t, 0, Length)];

    public double Estimate(int t) => Samples == 0 ? 0 : (double)OffBy(t) / Samples;

    public WilsonInterval Interval(int t) => WilsonInterval.Of95(OffBy(t), Samples);
}
