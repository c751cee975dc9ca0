namespace ArDivergence.Core.Specs;

public sealed record NoisyOracleModelSpec(ErrorScheduleSpec Error, NoiseMode Noise = NoiseMode.Invalid) : AutoregressiveModelSpec
{
    public override string KindName => "noisy_oracle";
}
