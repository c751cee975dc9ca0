namespace ArDivergence.Core.Specs;

/// <summary>
/// LLaDA's block sampler over a denoiser with exact conditional marginals plus noise (semantics §11).
/// <see cref="BlockLength"/> null means one block of all L positions.
/// </summary>
public sealed record MaskedDiffusionGeneratorSpec(
    string Name,
    ErrorScheduleSpec Error,
    NoiseMode Noise,
    int Steps,
    int? BlockLength,
    Remasking Remasking,
    bool PrefixCache,
    ComputeSpec Compute)
    : GeneratorSpec(Name)
{
    public override string KindName => "masked_diffusion";
}
