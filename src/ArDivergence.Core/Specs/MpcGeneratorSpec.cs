namespace ArDivergence.Core.Specs;

/// <summary>Receding-horizon wrapper around another generator; <see cref="Horizon"/> null plans to the end.</summary>
public sealed record MpcGeneratorSpec(string Name, string Inner, int Commit = 1, int? Horizon = null, bool PrefixCache = false)
    : GeneratorSpec(Name)
{
    /// <summary>Rollouts drawn per plan (real-model inner lanes only, semantics §9).</summary>
    public int Rollouts { get; init; } = 1;

    /// <summary>Which rollout a plan keeps (real-model inner lanes only).</summary>
    public RolloutSelection Select { get; init; } = RolloutSelection.Sample;

    public override string KindName => "mpc";
}
