using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Generators;

/// <summary>A next-token model: p_t(v | x&lt;t), where x&lt;t is summarised by a manifold state and a context.</summary>
public interface IAutoregressiveModel
{
    /// <summary>The context after the prompt.</summary>
    UInt128 InitialContext { get; }

    /// <summary>p_t at step <paramref name="t"/>; <paramref name="manifoldState"/> may be off.</summary>
    TokenDistribution Next(int manifoldState, UInt128 context, int t);

    UInt128 Advance(UInt128 context, int token);

    /// <summary>
    /// A label of step t such that Next gives the same distribution at two steps with equal labels
    /// whenever the manifold's step classes are equal too. t itself is always correct.
    /// </summary>
    int StepClass(int t) => t;
}
