using ArDivergence.Core.Tests.Support;
using ArDivergence.Core.Traces;
using static ArDivergence.Core.Tests.Support.Recordings;

namespace ArDivergence.Core.Tests;

/// <summary>off_manifold of a trace lane: the fraction of its traces off by t, with a 95% Wilson interval (semantics §10).</summary>
public sealed class TraceOffManifoldTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Twenty_hand_made_traces_give_the_counted_fraction_and_the_closed_form_wilson_interval()
    {
        var language = new AnswersLanguage(" Paris.");
        // 12 answer " Paris." (on), 5 leave at step 1 (" Lyon"), 3 stop after " Par" "is" (off at their end, step 2).
        var traces = Enumerable.Repeat(Plain(" Par", "is", "."), 12)
            .Concat(Enumerable.Repeat(Plain(" Lyon", "."), 5))
            .Concat(Enumerable.Repeat(Plain(" Par", "is"), 3));

        var offManifold = new TraceOffManifold(traces.Select(t => TraceBounds.Walk(t, language)));

        Assert.Equal(20, offManifold.Traces);
        int[] expectedOff = [0, 5, 8, 8, 8];
        for (var t = 0; t < expectedOff.Length; t++)
        {
            Assert.Equal(expectedOff[t], offManifold.OffBy(t));
            Assert.Equal(expectedOff[t] / 20.0, offManifold.FractionOffBy(t), Tolerance);
            var (low, high) = Wilson95(expectedOff[t], 20);
            Assert.Equal(low, offManifold.IntervalBy(t).Lower, Tolerance);
            Assert.Equal(high, offManifold.IntervalBy(t).Upper, Tolerance);
        }
    }

    /// <summary>The Wilson score interval as docs/semantics.md §6 writes it, z = Φ⁻¹(0.975).</summary>
    private static (double Low, double High) Wilson95(int off, int n)
    {
        const double z = 1.959963984540054;
        var p = (double)off / n;
        var centre = (p + (z * z / (2 * n))) / (1 + (z * z / n));
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z * z / (4.0 * n * n))) / (1 + (z * z / n));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
