namespace ArDivergence.Core.Specs;

public sealed record HashThenValueTaskSpec(int Digits, int HashDigits) : TaskManifoldSpec
{
    public override string TaskName => "hash_then_value";
}
