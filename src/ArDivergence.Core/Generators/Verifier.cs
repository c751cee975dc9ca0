using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Generators;

/// <summary>
/// <c>verifier: {detect: d, false_alarm: f, retries: m}</c> on an autoregressive lane (semantics §13): a drawn
/// token is flagged with probability d if invalid and f if valid; a flagged token is drawn again from the same
/// p_t, at most m times, and the last draw is kept. It wraps any step distribution p_t: with e = the mass of
/// p_t outside A and r = e·d + (1 − e)·f the chance a draw is flagged, the kept token has the closed-form
/// mixture p′(v) = p_t(v)·c_A for valid v and p_t(v)·c_B for invalid v, where S = (1 − r^m)/(1 − r) (m when
/// r = 1), c_A = (1 − f)·S + r^m and c_B = (1 − d)·S + r^m: a draw is kept at try i ≤ m when it is not
/// flagged after i − 1 flagged draws, or at try m + 1 whatever it is.
/// </summary>
public sealed record Verifier(double Detect, double FalseAlarm, int Retries)
{
    /// <summary>r: the probability that one draw is flagged.</summary>
    public double FlagProbability(double error) => (error * Detect) + ((1.0 - error) * FalseAlarm);

    /// <summary>The kept token's error: a·(1 − r^m)/(1 − r) + e·r^m with a = e·(1 − d) (a·m + e when r = 1).</summary>
    public double TokenError(double error)
    {
        var r = FlagProbability(error);
        return (error * (1.0 - Detect) * GeometricSum(r, Retries)) + (error * Math.Pow(r, Retries));
    }

    /// <summary>Expected draws per token: 1 + r + … + r^m = (1 − r^{m+1})/(1 − r).</summary>
    public double ExpectedDraws(double error) => GeometricSum(FlagProbability(error), Retries + 1);

    /// <summary>p′: the distribution of the kept token, given the model's p_t and the valid moves A.</summary>
    public TokenDistribution Effective(TokenDistribution distribution, MoveSet moves)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        ArgumentNullException.ThrowIfNull(moves);
        var error = distribution.MassOutside(moves.Tokens);
        var r = FlagProbability(error);
        var sum = GeometricSum(r, Retries);
        var last = Math.Pow(r, Retries);
        return distribution.Reweighted(moves.Tokens, ((1.0 - FalseAlarm) * sum) + last, ((1.0 - Detect) * sum) + last);
    }

    /// <summary>Draws as the verifier does: a token, flagged or not, again while flagged and retries remain.</summary>
    public (int Token, int Draws) Draw(TokenDistribution distribution, MoveSet moves, ref SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        ArgumentNullException.ThrowIfNull(moves);
        for (var draws = 1; ; draws++)
        {
            var token = distribution.Sample(random.NextDouble());
            if (draws > Retries)
            {
                return (token, draws);
            }

            var flagged = random.NextDouble() < (moves.IndexOf(token) >= 0 ? FalseAlarm : Detect);
            if (!flagged)
            {
                return (token, draws);
            }
        }
    }

    /// <summary>1 + r + … + r^{n−1} = (1 − r^n)/(1 − r), n when r = 1.</summary>
    private static double GeometricSum(double r, int n) => r >= 1.0 ? n : (1.0 - Math.Pow(r, n)) / (1.0 - r);
}
