namespace ArDivergence.Core.Specs;

public sealed record AdditionTaskSpec(int Digits, bool Reverse = false) : TaskManifoldSpec
{
    public override string TaskName => "addition";
}
