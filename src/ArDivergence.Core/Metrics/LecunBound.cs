using ArDivergence.Core.Numerics;
using MathNet.Numerics;

namespace ArDivergence.Core.Metrics;

/// <summary>
/// LeCun's argument made exact (semantics §13): e_min is the smallest token error over every on-manifold
/// state the lane reaches with positive probability at some t ≤ L. Each step on the manifold then errs with
/// probability at least e_min, so P(off by L) ≥ 1 − (1 − e_min)^L. With a tolerance of k invalid tokens the
/// same coupling gives P(more than k errors in L steps) ≥ P(Binomial(L, e_min) &gt; k), which is the formula
/// above at k = 0. e_min = 0 means the argument does not apply (the bound is 0).
/// </summary>
public sealed record LecunBound(double MinTokenError, int Length, int Tolerance)
{
    /// <summary>Whether the seed's "positive common lower bound" exists for this lane.</summary>
    public bool Applies => MinTokenError > 0;

    /// <summary>The lower bound on off_manifold at L.</summary>
    public double Bound
    {
        get
        {
            if (!Applies || Tolerance >= Length)
            {
                return 0.0;
            }

            if (MinTokenError >= 1.0)
            {
                return 1.0;
            }

            // k = 0 is the seed's formula, computed without cancellation for tiny e_min.
            return Tolerance == 0
                ? Math.Clamp(-AccurateMath.Expm1(Length * AccurateMath.Log1p(-MinTokenError)), 0.0, 1.0)
                : Math.Clamp(SpecialFunctions.BetaRegularized(Tolerance + 1, Length - Tolerance, MinTokenError), 0.0, 1.0);
        }
    }
}
