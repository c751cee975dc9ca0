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
        var rows = lane.Steps.Select(step => StepRow.From(snapshot, step, lane.OffManifold.At(step.T), lane.Name));
        return new LaneRows(lane.Name, lane.Kind.ToName(), rows);
    }
}
