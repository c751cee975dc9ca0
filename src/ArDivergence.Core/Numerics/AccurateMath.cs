namespace ArDivergence.Core.Numerics;

/// <summary>
/// log(1+x) and exp(x)−1 to within a few ulps for small x. .NET has neither, and MathNet 5.0's Expm1
/// truncates its series (Expm1(−0.01) is off by 8e-11 relative), which would show in path_off.
/// These are the classic tricks of Goldberg (1991, Theorem 4) and Kahan: the rounding error of 1+x,
/// or of exp(x), cancels in the ratio.
/// </summary>
public static class AccurateMath
{
    public static double Log1p(double x)
    {
        var u = 1.0 + x;
        return u == 1.0 ? x : Math.Log(u) * x / (u - 1.0);
    }

    public static double Expm1(double x)
    {
        var u = Math.Exp(x);
        if (u == 1.0)
        {
            return x;
        }

        var um1 = u - 1.0;
        return um1 == -1.0 ? -1.0 : double.IsInfinity(u) ? u : um1 * x / Math.Log(u);
    }
}
