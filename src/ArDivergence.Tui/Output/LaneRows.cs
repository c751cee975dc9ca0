using ArDivergence.Core.Debugging;
using ArDivergence.Core.Generators;

namespace ArDivergence.Tui.Output;

/// <summary>A lane's steps as printable rows.</summary>
/// <remarks>Rows are made as they are read, so a million-step lane is printed without holding them all.</remarks>
public sealed record LaneRows(string Name, string Kind, IEnumerable<StepRow> Steps)
{
    public static LaneRows From(SessionSnapshot snapshot, LaneSnapshot lane)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(lane);
        var rows = lane.Steps.Select(step => new StepRow(
            step.T,
            snapshot.TokenText(step.Token),
            step.TokenProbability,
            step.OnManifold,
            step.TokenError,
            step.PathOff,
            lane.OffManifold.At(step.T),
            step.LecunNaive,
            step.Compute.Computed,
            step.Compute.Recomputed,
            step.Compute.Reused,
            step.Compute.KvCacheBytes,
            step.Forced,
            [.. step.Top.Select(top => new TopRow(snapshot.TokenText(top.Token), top.Probability, top.Valid))]));
        return new LaneRows(lane.Name, lane.Kind.ToName(), rows);
    }
}
