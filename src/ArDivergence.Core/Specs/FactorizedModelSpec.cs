namespace ArDivergence.Core.Specs;

public sealed record FactorizedModelSpec(ErrorScheduleSpec Error) : OneShotModelSpec
{
    public override string KindName => "factorized";
}
