namespace ArDivergence.Core.Specs;

/// <summary>Each pair is an opening and a closing token, e.g. ("(", ")").</summary>
public sealed record DyckTaskSpec(IReadOnlyList<BracketPairSpec> Pairs, int MaxDepth) : TaskManifoldSpec
{
    public override string TaskName => "dyck";
}
