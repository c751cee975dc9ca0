namespace ArDivergence.Core.Metrics;

/// <summary>Exact dynamic programming of a lane, one lane step at a time (what <see cref="ExactOffManifold"/> extends).</summary>
public interface IExactOffSteps
{
    /// <summary>The mass that leaves the manifold at step t, or null (changing nothing) beyond the limits.</summary>
    double? Step(int t);

    /// <summary>
    /// The smallest token error over the on-manifold keys reached so far (LeCun's e_min, semantics §13); null for
    /// steps that are not one token error per state.
    /// </summary>
    double? MinTokenError => null;
}
