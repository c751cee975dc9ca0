using ArDivergence.Core.Compute;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Metrics;

namespace ArDivergence.Core.Debugging;

/// <summary>
/// What a view needs of one lane at one moment. Immutable (the curve only gains information).
/// Lane time: <see cref="T"/>, <see cref="Steps"/> (one record per step), <see cref="Last"/>,
/// <see cref="FirstOff"/>. Positions (1..<see cref="Length"/>): <see cref="Branches"/>,
/// <see cref="TokensByPosition"/>, <see cref="FirstOffPosition"/>. <see cref="Tokens"/> is every
/// write in the order written, which is by position for lanes that write position t at step t
/// (autoregressive, one-shot, mpc), so there the two views coincide.
/// </summary>
public sealed record LaneSnapshot(
    string Name,
    GeneratorKind Kind,
    int T,
    int Length,
    IReadOnlyList<StepRecord> Steps,
    IReadOnlyList<int> Tokens,
    IReadOnlyList<int> Branches,
    ComputeConfig Compute,
    OffManifoldCurve OffManifold)
{
    private readonly IReadOnlyList<int>? _positions;

    /// <summary>The position of each of <see cref="Tokens"/>; by default Tokens[i] is at position i + 1.</summary>
    public IReadOnlyList<int> Positions
    {
        get => _positions ?? new PositionSequence(Tokens.Count);
        init => _positions = value;
    }

    /// <summary>What the lane can do (a view hides what it cannot, e.g. force).</summary>
    public LaneCapabilities Capabilities { get; init; } = LaneCapabilities.All;

    /// <summary>k of the manifold's tolerance (semantics §13): the invalid tokens a correct sequence may hold.</summary>
    public int Tolerance { get; init; }

    /// <summary>Invalid tokens so far, up to <see cref="Tolerance"/> + 1 (the lane is off then).</summary>
    public int InvalidSoFar => Last?.InvalidSoFar ?? 0;

    /// <summary>
    /// For a lane that cannot branch but takes a forced token at a position in its next step (a masked-diffusion
    /// lane): which positions it takes and why not the others; null for every other lane.
    /// </summary>
    public PositionForce? PositionForce { get; init; }

    /// <summary>The lane ended its generation before L (a text lane's end-of-text token).</summary>
    public bool Ended { get; init; }

    /// <summary>Every position written once, or the generation ended: the lane is done.</summary>
    public bool Finished => Ended || Tokens.Count >= Length;

    public StepRecord? Last => Steps.Count == 0 ? null : Steps[^1];

    /// <summary>The token at every position 1..L (index 0 is position 1), null where none is written yet; a later write wins.</summary>
    public IReadOnlyList<int?> TokensByPosition()
    {
        var byPosition = new int?[Length];
        var positions = Positions;
        for (var i = 0; i < Tokens.Count; i++)
        {
            var position = positions[i];
            if (position >= 1 && position <= Length)
            {
                byPosition[position - 1] = Tokens[i];
            }
        }

        return byPosition;
    }

    /// <summary>The lowest position written by the step that left the manifold, or null.</summary>
    public int? FirstOffPosition() => FirstOff()?.Writes.Min(w => w.Position);

    public bool IsBranchedAt(int t) => Branches.Contains(t);

    /// <summary>
    /// The step (lane time) at which the lane left the manifold, or null. Leaving is absorbing, so the records are
    /// on, then off: a binary search, not a scan (a view asks at every frame).
    /// </summary>
    public StepRecord? FirstOff()
    {
        int low = 0, high = Steps.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Steps[middle].OnManifold)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low < Steps.Count ? Steps[low] : null;
    }
}
