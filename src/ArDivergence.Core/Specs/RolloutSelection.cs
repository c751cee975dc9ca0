namespace ArDivergence.Core.Specs;

/// <summary>How an mpc lane over a real model picks one of its rollouts (semantics §9).</summary>
public enum RolloutSelection
{
    /// <summary>The first rollout: the lane's tokens are the inner model's samples.</summary>
    Sample,

    /// <summary>The rollout with the highest model log-probability.</summary>
    Likelihood,

    /// <summary>The first rollout still on the manifold, else the most likely: planning with a verifier.</summary>
    Valid,
}
