namespace ArDivergence.Core.Specs;

public sealed record CopyTaskSpec(IReadOnlyList<string> Alphabet, int N) : TaskManifoldSpec
{
    public override string TaskName => "copy";
}
