namespace ArDivergence.Core.Models;

/// <summary>An mpc lane's private state over a real model: the committed model tokens and the plan being committed.</summary>
public sealed record MpcModelState(GeneratedModelTokens Committed, RolloutPlan? Plan)
{
    public static MpcModelState Empty { get; } = new(GeneratedModelTokens.Empty, null);

    public static MpcModelState Of(object? scratch) => scratch as MpcModelState ?? Empty;
}
