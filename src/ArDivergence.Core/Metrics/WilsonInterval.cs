using MathNet.Numerics.Distributions;

namespace ArDivergence.Core.Metrics;

/// <summary>The Wilson score interval for a binomial proportion.</summary>
public readonly record struct WilsonInterval(double Lower, double Upper)
{
    private static readonly double Z95 = Normal.InvCDF(0, 1, 0.975);

    /// <summary>The 95% interval for <paramref name="successes"/> out of <paramref name="trials"/>.</summary>
    public static WilsonInterval Of95(long successes, long trials)
    {
        if (trials <= 0)
        {
            return new WilsonInterval(0, 1);
        }

        var n = (double)trials;
        var p = successes / n;
        var z2 = Z95 * Z95;
        var denominator = 1 + (z2 / n);
        var center = (p + (z2 / (2 * n))) / denominator;
        var half = Z95 / denominator * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        return new WilsonInterval(Math.Max(0, center - half), Math.Min(1, center + half));
    }

    public bool Contains(double value) => value >= Lower && value <= Upper;
}
