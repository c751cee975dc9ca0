using ArDivergence.Core.Generators;
using ArDivergence.Core.Metrics;

namespace ArDivergence.Core.Debugging;

/// <summary>
/// Where a lane that forces positions (<see cref="IForcesPositions"/>, a masked-diffusion lane) can take a forced
/// token in its next step, and why not elsewhere. Immutable: it holds the lane's state at one snapshot, so a view
/// can ask it for any position without reaching the session (which runs on another thread).
/// </summary>
public sealed class PositionForce
{
    private readonly IForcesPositions _lane;
    private readonly LaneState _current;
    private readonly IReadOnlyList<StepRecord> _steps;
    private IReadOnlyList<int>? _offered;

    internal PositionForce(IForcesPositions lane, LaneState current, IReadOnlyList<StepRecord> steps, int length)
    {
        _lane = lane;
        _current = current;
        _steps = steps;
        Length = length;
    }

    /// <summary>L: positions are 1..L.</summary>
    public int Length { get; }

    /// <summary>The positions the next step can commit a forced token at, in order (computed on first use).</summary>
    public IReadOnlyList<int> Offered => _offered ??= [.. Enumerable.Range(1, Length).Where(p => Refusal(p) is null)];

    /// <summary>Why <paramref name="position"/> cannot be forced now (the session's own words), or null when it can.</summary>
    public string? Refusal(int position)
    {
        for (var step = 0; step < _steps.Count; step++)
        {
            if (_steps[step].Writes.Any(w => w.Position == position))
            {
                return InvalidCommandException.AlreadyCommitted(position, step + 1);
            }
        }

        return _lane.RefuseForce(_current, position);
    }
}
