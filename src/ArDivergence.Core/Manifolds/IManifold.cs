namespace ArDivergence.Core.Manifolds;

/// <summary>
/// The ground truth of semantics §2 as a deterministic automaton over integer states:
/// a state summarises an on-manifold prefix; <see cref="ManifoldState.Off"/> is absorbing.
/// Implementations are safe to call from several threads (Monte Carlo runs in parallel).
/// </summary>
public interface IManifold
{
    /// <summary>L, the number of generated tokens.</summary>
    int Length { get; }

    int VocabularySize { get; }

    /// <summary>The state before the first generated token.</summary>
    int StartState { get; }

    /// <summary>
    /// A(x&lt;t) and P* at step <paramref name="t"/> (1-based) from the state reached after t−1 tokens;
    /// empty for the off state.
    /// </summary>
    MoveSet Moves(int state, int t);

    /// <summary>
    /// A label of step t such that Moves(s, t) and Moves(s, t′) are the same object for every state
    /// when the labels are equal, so a hot loop may skip asking again. t itself is always correct.
    /// </summary>
    int StepClass(int t) => t;

    /// <summary>k, the invalid tokens a correct sequence may hold (semantics §13); 0 for the absorbing manifold.</summary>
    int Tolerance => 0;

    /// <summary>
    /// The state after an invalid token at step t from an on-manifold state: <see cref="ManifoldState.Off"/>
    /// unless the manifold tolerates one more invalid token.
    /// </summary>
    int AfterInvalid(int state, int t) => ManifoldState.Off;

    /// <summary>j, the invalid tokens on the prefix that led to an on-manifold state (always 0 without tolerance).</summary>
    int InvalidSoFar(int state) => 0;

    /// <summary>
    /// Whether a lane in <paramref name="state"/> has ended its generation (a text lane after its
    /// end-of-text token): the session steps it no more. Such a state is on the manifold, absorbing,
    /// and every token is valid there, so the exact and Monte Carlo off_manifold stop changing.
    /// </summary>
    bool IsEnded(int state) => false;
}
