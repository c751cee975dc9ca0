using ArDivergence.Core.Debugging;
using ArDivergence.Core.Metrics;

namespace ArDivergence.Tui.Recording;

/// <summary>The steps a command committed: per lane, the records of <c>after</c> that <c>before</c> did not have.</summary>
public static class StepDiff
{
    public static IEnumerable<(LaneSnapshot Lane, StepRecord Step)> NewSteps(SessionSnapshot before, SessionSnapshot after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var sameScenario = ReferenceEquals(before.Scenario, after.Scenario);
        foreach (var lane in after.Lanes)
        {
            var old = sameScenario ? before.Lanes.FirstOrDefault(l => l.Name == lane.Name) : null;
            var common = 0;
            if (old is not null)
            {
                // Records are shared between snapshots, so an unchanged step is the same object.
                var limit = Math.Min(old.Steps.Count, lane.Steps.Count);
                while (common < limit && ReferenceEquals(old.Steps[common], lane.Steps[common]))
                {
                    common++;
                }
            }

            for (var i = common; i < lane.Steps.Count; i++)
            {
                yield return (lane, lane.Steps[i]);
            }
        }
    }
}
