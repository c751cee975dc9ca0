namespace ArDivergence.Core.Specs;

public sealed record PathStarTaskSpec(int Degree, int PathLength, int Nodes) : TaskManifoldSpec
{
    public override string TaskName => "path_star";
}
