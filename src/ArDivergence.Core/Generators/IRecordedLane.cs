using ArDivergence.Core.Metrics;

namespace ArDivergence.Core.Generators;

/// <summary>
/// A lane that replays recorded samples instead of drawing runs (a trace lane, semantics §10): its
/// off_manifold is the fraction of its samples off by t, with the Wilson interval over their number.
/// It shows one of them (<see cref="Shown"/> of <see cref="Samples"/>).
/// </summary>
public interface IRecordedLane
{
    /// <summary>How many of the samples first left the manifold at each step.</summary>
    FirstOffHistogram Recorded { get; }

    int Samples { get; }

    /// <summary>The sample the lane steps through (0-based).</summary>
    int Shown { get; }

    /// <summary>The same lane stepping through sample <paramref name="index"/> instead.</summary>
    IGenerator Showing(int index);
}
