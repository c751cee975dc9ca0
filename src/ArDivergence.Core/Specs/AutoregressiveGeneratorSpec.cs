namespace ArDivergence.Core.Specs;

public sealed record AutoregressiveGeneratorSpec(string Name, AutoregressiveModelSpec Model, ComputeSpec Compute)
    : GeneratorSpec(Name)
{
    public override string KindName => "autoregressive";

    /// <summary><c>verifier: {detect, false_alarm, retries}</c> (semantics §13), or null.</summary>
    public VerifierSpec? Verifier { get; init; }
}
