namespace ArDivergence.Core.Specs;

public sealed record NoisyOracleModelSpec(ErrorScheduleSpec Error, NoiseMode Noise = NoiseMode.Invalid) : AutoregressiveModelSpec
{
    /// <summary>κ of <c>after_error</c> (self-conditioning, semantics §13); 1: none.</summary>
    public double AfterError { get; init; } = 1.0;

    public override string KindName => "noisy_oracle";
}
