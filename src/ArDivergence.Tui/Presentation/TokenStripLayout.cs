using ArDivergence.Core.Debugging;
using ArDivergence.Core.Metrics;

namespace ArDivergence.Tui.Presentation;

/// <summary>
/// A lane's strip layout kept from frame to frame and extended by the new tokens only, so a key press
/// costs the same at t = 4,000 as at t = 4. Step records are shared between snapshots, so the part of
/// the layout whose records are the very same objects is still right; from the first difference on
/// (step back, a forced token, another seed) it is laid out again.
/// </summary>
public sealed class TokenStripLayout
{
    private readonly List<PlacedToken> _placed = [];
    private readonly List<StepRecord> _records = [];
    private int _width = -1;
    private int _row;
    private int _column;

    public IReadOnlyList<PlacedToken> Update(SessionSnapshot snapshot, LaneSnapshot lane, int width)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(lane);
        var steps = lane.Steps;
        var keep = width == _width ? SharedPrefix(steps) : 0;
        if (keep < _records.Count)
        {
            _records.RemoveRange(keep, _records.Count - keep);
            _placed.RemoveRange(keep, _placed.Count - keep);
            (_row, _column) = keep == 0 ? (0, 0) : (_placed[^1].Row, _placed[^1].Column + TextCells.Width(_placed[^1].Label) + 1);
        }

        _width = width;
        for (var i = keep; i < steps.Count && width > 0; i++)
        {
            var step = steps[i];
            var token = new StripToken(step.T, snapshot.TokenText(step.Token), step.OnManifold, step.Forced || lane.IsBranchedAt(step.T));
            _placed.Add(TokenStrip.Place(token, width, ref _row, ref _column));
            _records.Add(step);
        }

        return _placed;
    }

    /// <summary>How many leading records are the same objects as before (binary search: they match up to a point).</summary>
    private int SharedPrefix(IReadOnlyList<StepRecord> steps)
    {
        int low = 0, high = Math.Min(_records.Count, steps.Count);
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (ReferenceEquals(_records[middle - 1], steps[middle - 1]))
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }
}
