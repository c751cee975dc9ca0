namespace ArDivergence.Core.Specs;

public sealed record NgramModelSpec(int Order, int TrainSamples = 1000, double Smoothing = 0.1) : AutoregressiveModelSpec
{
    public override string KindName => "ngram";
}
