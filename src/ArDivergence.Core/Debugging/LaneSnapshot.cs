using ArDivergence.Core.Compute;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Metrics;

namespace ArDivergence.Core.Debugging;

/// <summary>What a view needs of one lane at one moment. Immutable (the curve only gains information).</summary>
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
    public bool Finished => T >= Length;

    public StepRecord? Last => Steps.Count == 0 ? null : Steps[^1];

    public bool IsBranchedAt(int t) => Branches.Contains(t);

    /// <summary>
    /// The step at which the lane left the manifold, or null. Leaving is absorbing, so the records are
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
