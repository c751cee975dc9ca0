using ArDivergence.Core.Numerics;

namespace ArDivergence.Core.Tests;

/// <summary>log1p and expm1 against their Taylor series summed in 28-digit decimal arithmetic, to 1e-15 relative (a few ulps).</summary>
public class AccurateMathTests
{
    public static TheoryData<double> Arguments() => [-0.3, -0.01, -1e-5, -1e-12, -1e-15, 1e-15, 1e-9, 0.001, 0.2];

    [Theory]
    [MemberData(nameof(Arguments))]
    public void Log1p_is_accurate_to_a_few_ulps(double x)
    {
        var reference = (double)Series(x, k => (k % 2 == 1 ? 1m : -1m) / k);
        Assert.True(RelativeError(AccurateMath.Log1p(x), reference) < 1e-15, $"log1p({x}) = {AccurateMath.Log1p(x):R}, reference {reference:R}");
    }

    [Theory]
    [MemberData(nameof(Arguments))]
    public void Expm1_is_accurate_to_a_few_ulps(double x)
    {
        var factorial = 1m;
        var reference = (double)Series(x, k => 1m / (factorial *= k));
        Assert.True(RelativeError(AccurateMath.Expm1(x), reference) < 1e-15, $"expm1({x}) = {AccurateMath.Expm1(x):R}, reference {reference:R}");
    }

    [Fact]
    public void Path_off_of_one_step_is_the_token_error_itself()
    {
        foreach (var e in new[] { 0.01, 0.3, 1e-12 })
        {
            Assert.True(RelativeError(-AccurateMath.Expm1(AccurateMath.Log1p(-e)), e) < 1e-15);
        }
    }

    /// <summary>Σ_{k≥1} coefficient(k)·x^k in decimal, until the terms vanish.</summary>
    private static decimal Series(double x, Func<int, decimal> coefficient)
    {
        var power = 1m;
        var sum = 0m;
        var dx = (decimal)x;
        for (var k = 1; k < 200; k++)
        {
            power *= dx;
            var term = coefficient(k) * power;
            if (term == 0)
            {
                break;
            }

            sum += term;
        }

        return sum;
    }

    private static double RelativeError(double actual, double expected) => Math.Abs(actual - expected) / Math.Abs(expected);
}
