using ArDivergence.Core.Debugging;
using ArDivergence.Core.Metrics;

namespace ArDivergence.Tui.Recording;

/// <summary>
/// The properties of a <c>Step</c> event: what replay compares. off_manifold is recorded only when it
/// is exact and already computed (recording never makes the debugger wait for dynamic programming; a
/// Monte Carlo value depends on when the estimate was made, not on the session). A replay computes it
/// (<paramref name="computeExact"/>) and compares it wherever the log has it.
/// </summary>
public static class StepFields
{
    public static IReadOnlyList<(string Name, object? Value)> Of(SessionSnapshot snapshot, LaneSnapshot lane, StepRecord step, bool computeExact = false)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(lane);
        ArgumentNullException.ThrowIfNull(step);
        var off = computeExact ? lane.OffManifold.Exact?.At(step.T) : lane.OffManifold.Exact?.Known(step.T);
        return
        [
            ("Lane", lane.Name),
            ("T", step.T),
            ("Token", snapshot.TokenText(step.Token)),
            ("TokenProb", step.TokenProbability),
            ("OnManifold", step.OnManifold),
            ("TokenError", step.TokenError),
            ("PathOff", step.PathOff),
            ("OffManifold", off),
            ("OffManifoldExact", off is not null),
            ("LecunNaive", step.LecunNaive),
            ("FlopsComputed", step.Compute.Computed),
            ("FlopsRecomputed", step.Compute.Recomputed),
            ("FlopsReused", step.Compute.Reused),
            ("KvCacheBytes", step.Compute.KvCacheBytes),
            ("Forced", step.Forced),
        ];
    }
}
