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

    /// <summary>
    /// Whether a lane in <paramref name="state"/> has ended its generation (a text lane after its
    /// end-of-text token): the session steps it no more. Such a state is on the manifold, absorbing,
    /// and every token is valid there, so the exact and Monte Carlo off_manifold stop changing.
    /// </summary>
    bool IsEnded(int state) => false;
}
