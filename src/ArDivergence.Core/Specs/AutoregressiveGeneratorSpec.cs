namespace ArDivergence.Core.Specs;

public sealed record AutoregressiveGeneratorSpec(string Name, AutoregressiveModelSpec Model, ComputeSpec Compute)
    : GeneratorSpec(Name)
{
    public override string KindName => "autoregressive";
}
