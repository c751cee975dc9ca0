namespace ArDivergence.Core.Generators;

/// <summary>
/// The plan an mpc step committed its token from, for display (semantics §9, §12): made at step
/// <paramref name="FirstStep"/> for <paramref name="Positions"/> positions, of which the first <paramref name="Commit"/>
/// are kept and the rest rolled back. <paramref name="Tokens"/> are the tokens the plan drew, in scenario ids (a lane
/// on a text manifold: its own ids): all of them for a real model's rollout, the kept ones only for a synthetic model
/// (whose positions past the commit are charged but never drawn). With several rollouts, <paramref name="Chosen"/>
/// (0-based) is the one kept of <paramref name="Rollouts"/> drawn.
/// </summary>
public sealed record PlanView(int FirstStep, int Positions, int Commit, IReadOnlyList<int> Tokens, int Rollouts = 1, int Chosen = 0)
{
    /// <summary>The tokens drawn past the commit and rolled back (none for a synthetic model).</summary>
    public IEnumerable<int> RolledBack => Tokens.Skip(Commit);

    /// <summary>Positions planned past the commit and discarded, drawn or not.</summary>
    public int DiscardedPositions => Positions - Commit;
}
