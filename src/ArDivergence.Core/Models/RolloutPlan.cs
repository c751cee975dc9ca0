using ArDivergence.Core.Generators;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Models;

/// <summary>
/// The rollout an mpc lane over a real model chose: its tokens (model and scenario ids), the distribution each
/// was drawn from, and how many of them the lane commits; <see cref="Next"/> is the next one to commit.
/// </summary>
public sealed record RolloutPlan(int[] ModelTokens, int[] Tokens, TokenDistribution[] Distributions, int Commit, int Next)
{
    /// <summary>The plan as the debugger shows it: made at which step, which rollout of how many.</summary>
    public PlanView? View { get; init; }

    public bool IsExhausted => Next >= Commit;
}
