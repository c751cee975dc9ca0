namespace ArDivergence.Core.Specs;

/// <summary>Receding-horizon wrapper around another generator; <see cref="Horizon"/> null plans to the end.</summary>
public sealed record MpcGeneratorSpec(string Name, string Inner, int Commit = 1, int? Horizon = null, bool PrefixCache = false)
    : GeneratorSpec(Name)
{
    public override string KindName => "mpc";
}
