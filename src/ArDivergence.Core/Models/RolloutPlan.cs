using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Models;

/// <summary>
/// The rollout an mpc lane over a real model chose: its tokens (model and scenario ids), the distribution each
/// was drawn from, and how many of them the lane commits; <see cref="Next"/> is the next one to commit.
/// </summary>
public sealed record RolloutPlan(int[] ModelTokens, int[] Tokens, TokenDistribution[] Distributions, int Commit, int Next)
{
    public bool IsExhausted => Next >= Commit;
}
