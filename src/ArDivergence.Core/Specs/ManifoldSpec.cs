namespace ArDivergence.Core.Specs;

/// <summary>The ground truth: which continuations are valid and how likely each is (semantics §2).</summary>
public abstract record ManifoldSpec
{
    /// <summary>
    /// k of <c>tolerance: k</c> (semantics §13): a sequence is correct with at most k invalid tokens; 0 is the
    /// absorbing manifold of §2.
    /// </summary>
    public int Tolerance { get; init; }
}
