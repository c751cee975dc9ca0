namespace ArDivergence.Core.Specs;

public sealed record JointModelSpec(double SequenceError, Conditioning Conditioning = Conditioning.PerCall) : OneShotModelSpec
{
    public override string KindName => "joint";
}
