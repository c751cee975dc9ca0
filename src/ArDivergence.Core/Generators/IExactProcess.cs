using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Generators;

/// <summary>
/// A lane as a Markov chain over <see cref="ProcessKey"/>s: the distribution of the token at step t
/// given the key, and the key after a token. Only on-manifold keys are ever asked for.
/// </summary>
public interface IExactProcess
{
    ProcessKey Initial { get; }

    TokenDistribution Conditional(ProcessKey key, int t);

    ProcessKey Advance(ProcessKey key, int t, int token, int nextManifold);

    /// <summary>
    /// A label of step t such that, at two steps with equal labels whose manifold step classes
    /// (<see cref="Manifolds.IManifold.StepClass"/>) are equal too, Conditional and Advance give the
    /// same results for every key, so dynamic programming may reuse them. t itself is always correct.
    /// </summary>
    int StepClass(int t) => t;
}
