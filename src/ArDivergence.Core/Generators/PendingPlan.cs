namespace ArDivergence.Core.Generators;

/// <summary>The tokens of the current plan still to be committed (<see cref="Next"/> is the index of the next one).</summary>
public sealed record PendingPlan(PlanFrame Frame, int[] Tokens, int Next)
{
    public bool IsExhausted => Next >= Tokens.Length;
}
