namespace ArDivergence.Core.Specs;

public sealed record NonAutoregressiveGeneratorSpec(string Name, OneShotModelSpec Model, ComputeSpec Compute)
    : GeneratorSpec(Name)
{
    public override string KindName => "non_autoregressive";
}
