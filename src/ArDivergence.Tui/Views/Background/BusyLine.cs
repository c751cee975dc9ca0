using ArDivergence.Core.Debugging;
using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.Background;

/// <summary>The message line's right part: what runs in the background and how far it has got, once it has run long enough to mention.</summary>
internal static class BusyLine
{
    private static readonly string[] Spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

    /// <returns>Null when nothing worth mentioning runs.</returns>
    public static string? Text(long now, TimeSpan delay, WorkerJob? job, int waitingKeys, SessionSnapshot snapshot, CurveSet curves, long curvesStartedAt)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(curves);
        var spinner = Spinner[(int)(now / 100 % Spinner.Length)];
        if (job is not null && now - job.StartedAt >= delay.TotalMilliseconds)
        {
            var step = job.Progress.Step;
            var progress = step >= 0 ? $" t {step}/{snapshot.Length}" : "";
            var waiting = waitingKeys > 0 ? $" ({waitingKeys} keys wait)" : "";
            return $"{spinner} {job.Label}{progress}…{waiting} Esc cancels";
        }

        if (curves.Lanes.FirstOrDefault(l => l.Phase == CurvePhase.MonteCarlo) is { } mc)
        {
            var name = snapshot.Lanes.FirstOrDefault(l => ReferenceEquals(l.OffManifold, mc.Curve))?.Name ?? "";
            var percent = (int)Math.Round(mc.Progress * 100);
            return $"{spinner} Monte Carlo {name} ▕{Bars.Of(mc.Progress, 10).PadRight(10)}▏ {percent}% Esc cancels";
        }

        if (curves.AnyPending && now - curvesStartedAt >= delay.TotalMilliseconds)
        {
            return $"{spinner} computing off_manifold… Esc cancels";
        }

        return null;
    }
}
