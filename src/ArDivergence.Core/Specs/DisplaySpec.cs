namespace ArDivergence.Core.Specs;

public sealed record DisplaySpec
{
    public int TopK { get; init; } = 5;
}
