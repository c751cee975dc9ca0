using ArDivergence.Core.Metrics;
using ArDivergence.Core.Specs;

namespace ArDivergence.Core.Debugging;

/// <summary>
/// Decides whether a breakpoint fires at a lane's newest step, from its edit: a position or token
/// breakpoint fires at the step that wrote that position or token, wherever in the lane's time.
/// </summary>
internal static class BreakpointEvaluator
{
    public static bool Fires(Breakpoint breakpoint, LaneTimeline lane, OffManifoldCurve curve, Func<int, string> tokenText)
    {
        if (breakpoint.Lane is not null && breakpoint.Lane != lane.Generator.Name)
        {
            return false;
        }

        var record = lane.Records.Last();
        var previous = lane.T >= 2 ? lane.Records[lane.T - 2] : null;
        var threshold = breakpoint.Value ?? 0;
        return breakpoint.Kind switch
        {
            BreakpointKind.OffManifold => (previous?.OnManifold ?? true) && !record.OnManifold,
            BreakpointKind.TokenErrorAbove => record.TokenErrorValue.IsAbove(threshold),
            BreakpointKind.PathOffAbove => record.PathOff > threshold && (previous?.PathOff ?? 0) <= threshold,
            BreakpointKind.OffManifoldAbove => Crosses(curve, record.T, threshold),
            BreakpointKind.Position => record.Writes.Any(w => w.Position == (int)threshold),
            BreakpointKind.Token => breakpoint.Token is not null && record.Writes.Any(w => tokenText(w.Token) == breakpoint.Token),
            _ => false,
        };
    }

    /// <summary>
    /// On exact values only: a Monte Carlo value exists or not depending on what ran in the background,
    /// and a breakpoint must fire the same way in every run and in a replay.
    /// </summary>
    private static bool Crosses(OffManifoldCurve curve, int t, double threshold)
    {
        if (curve.Exact is not { } exact)
        {
            return false;
        }

        var now = exact.At(t);
        var before = t <= 1 ? 0.0 : exact.At(t - 1);
        return now is { } current && current > threshold && (before ?? 0) <= threshold;
    }
}
