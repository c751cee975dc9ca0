using ArDivergence.Core.Generators;
using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Numerics;

namespace ArDivergence.Core.Metrics;

/// <summary>Turns a generated step into its metrics record (semantics §4).</summary>
public static class StepRecorder
{
    /// <param name="previous">The lane's previous record, or null at t = 1.</param>
    /// <param name="before">The lane before the step (its manifold state gives A(x&lt;t)).</param>
    /// <param name="outcome">The step.</param>
    /// <param name="manifold">The ground truth.</param>
    /// <param name="topK">How many alternatives to list.</param>
    /// <param name="forced">Whether the user forced the token.</param>
    public static StepRecord Record(StepRecord? previous, LaneState before, StepOutcome outcome, IManifold manifold, int topK, bool forced)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(manifold);
        var t = before.T + 1;
        var writes = outcome.Writes;

        // The distribution is of the step's first write: the position right after what the lane had written.
        var valid = outcome.ValidAtFirstWrite ?? manifold.Moves(before.Manifold, writes[0].Position).Tokens;
        var accumulators = previous?.Accumulators ?? new PathAccumulators(0, 0, 0);

        // Defined only while on the manifold; a lane with bounds reports them, and only numbers accumulate.
        var known = before.IsOnManifold ? outcome.TokenErrorBounds : MetricValue.Absent;
        var tokenError = before.IsOnManifold && known is null
            ? Math.Clamp(outcome.Distribution.MassOutside(valid), 0.0, 1.0)
            : known?.Number;
        var tokenErrorValue = known ?? MetricValue.Of(tokenError);
        if (tokenError is { } error)
        {
            accumulators = new PathAccumulators(
                accumulators.LogStayOn + AccurateMath.Log1p(-error),
                accumulators.ErrorSum + error,
                accumulators.ErrorCount + 1);
        }

        var pathOff = -AccurateMath.Expm1(accumulators.LogStayOn);
        var meanError = accumulators.ErrorCount == 0 ? 0.0 : accumulators.ErrorSum / accumulators.ErrorCount;
        var lecunNaive = meanError >= 1.0 ? 1.0 : -AccurateMath.Expm1(t * AccurateMath.Log1p(-meanError));
        var top = outcome.Distribution.TopK(topK)
            .Select(s => new TopToken(s.Token, s.Probability, Array.BinarySearch(valid, s.Token) >= 0))
            .ToArray();
        var totals = (previous?.Totals ?? default).Add(outcome.Compute);
        return new StepRecord(
            t,
            outcome.Token,
            outcome.Distribution.Probability(outcome.Token),
            outcome.Next.IsOnManifold,
            tokenError,
            Math.Clamp(pathOff, 0.0, 1.0),
            Math.Clamp(lecunNaive, 0.0, 1.0),
            top,
            outcome.Compute,
            totals,
            forced,
            accumulators)
        {
            Writes = writes,
            TokenErrorValue = tokenErrorValue,
            Extras = outcome.Extras,
            Draws = outcome.Draws,
            InvalidSoFar = outcome.Next.IsOnManifold ? manifold.InvalidSoFar(outcome.Next.Manifold) : manifold.Tolerance + 1,
            ExpectedDraws = outcome.ExpectedDraws,
            PathOffValue = outcome.PathOffBounds ?? MetricValue.Of(Math.Clamp(pathOff, 0.0, 1.0)),
            DecodeMilliseconds = outcome.DecodeMilliseconds,
            Plan = outcome.Plan,
        };
    }
}
