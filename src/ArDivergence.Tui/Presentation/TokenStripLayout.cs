using ArDivergence.Core.Debugging;
using ArDivergence.Core.Metrics;

namespace ArDivergence.Tui.Presentation;

/// <summary>
/// A lane's strip layout kept from frame to frame and extended by the new tokens only, so a key press
/// costs the same at t = 4,000 as at t = 4. Step records are shared between snapshots, so the part of
/// the layout whose records are the very same objects is still right; from the first difference on
/// (step back, a forced token, another seed) it is laid out again. That holds while every step wrote the
/// next positions in order (the shipped lanes); a lane that writes elsewhere is laid out by position
/// afresh each frame, since one write can fill a gap anywhere in the strip.
/// </summary>
public sealed class TokenStripLayout
{
    private readonly List<PlacedToken> _placed = [];
    private readonly List<StepRecord> _records = [];

    // How many tokens were placed once each of _records was laid out (a step may write several).
    private readonly List<int> _placedAfter = [];
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
            _placedAfter.RemoveRange(keep, _placedAfter.Count - keep);
            var placedKept = keep == 0 ? 0 : _placedAfter[^1];
            _placed.RemoveRange(placedKept, _placed.Count - placedKept);
            (_row, _column) = keep == 0 ? (0, 0) : (_placed[^1].Row, _placed[^1].Column + TextCells.Width(_placed[^1].Label) + 1);
        }

        _width = width;
        for (var i = keep; i < steps.Count && width > 0; i++)
        {
            var step = steps[i];
            if (!WritesNextPositions(step))
            {
                return Afresh(snapshot, lane, width);
            }

            foreach (var write in step.Writes)
            {
                _placed.Add(TokenStrip.Place(TokenStrip.Written(snapshot, lane, step, write), width, ref _row, ref _column));
            }

            _records.Add(step);
            _placedAfter.Add(_placed.Count);
        }

        return _placed;
    }

    /// <summary>The step wrote the positions right after those placed, in order: the strip only grows at its end.</summary>
    private bool WritesNextPositions(StepRecord step)
    {
        var next = _placed.Count + 1;
        foreach (var write in step.Writes)
        {
            if (write.Position != next++)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Lays the whole strip out by position and keeps nothing, so the next frame starts over too.</summary>
    private IReadOnlyList<PlacedToken> Afresh(SessionSnapshot snapshot, LaneSnapshot lane, int width)
    {
        _records.Clear();
        _placedAfter.Clear();
        _placed.Clear();
        (_row, _column, _width) = (0, 0, -1);
        return TokenStrip.Layout(TokenStrip.Tokens(snapshot, lane), width);
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
