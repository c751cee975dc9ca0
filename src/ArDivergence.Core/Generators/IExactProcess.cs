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
}
