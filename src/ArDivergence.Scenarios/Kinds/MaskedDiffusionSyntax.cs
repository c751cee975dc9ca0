using ArDivergence.Core.Specs;
using ArDivergence.Scenarios.Mapping;

namespace ArDivergence.Scenarios.Kinds;

/// <summary><c>{name, kind: masked_diffusion, error, noise, steps, block_length, remasking, prefix_cache, compute}</c>.</summary>
internal sealed class MaskedDiffusionSyntax : IGeneratorSyntax
{
    private static readonly (string, NoiseMode)[] NoiseModes = [("invalid", NoiseMode.Invalid), ("uniform", NoiseMode.Uniform)];

    private static readonly (string, Remasking)[] Remaskings = [("low_confidence", Remasking.LowConfidence), ("random", Remasking.Random)];

    public string KindName => "masked_diffusion";

    public KeySet Keys { get; } = new(
        "masked_diffusion_generator",
        "a masked_diffusion generator",
        ["name", "kind", "error", "noise", "steps", "block_length", "remasking", "prefix_cache", "compute"]);

    /// <summary>The denoiser is built in: its error and noise are keys of the lane, not of a model.</summary>
    public IReadOnlyDictionary<string, string> Misplaced { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["model"] = "a masked_diffusion generator takes no 'model': its denoiser is the exact conditional marginals plus noise; set 'error' and 'noise' on the generator itself",
    };

    public GeneratorSpec Map(string name, KindFields fields)
    {
        var reader = fields.Reader;
        var error = ScheduleMapper.Map(fields.Context, reader.Optional("error"), reader.PathOf("error"));
        var noise = Values.Choice(fields.Context, reader.Optional("noise"), reader.PathOf("noise"), NoiseModes);
        var steps = fields.WholeNumber("steps", required: true, min: 1);
        var blockLength = fields.WholeNumber("block_length", min: 1);
        var remasking = Values.Choice(fields.Context, reader.Optional("remasking"), reader.PathOf("remasking"), Remaskings);
        var prefixCache = fields.Bool("prefix_cache");
        return new MaskedDiffusionGeneratorSpec(
            name, error, noise ?? NoiseMode.Invalid, steps ?? 1, blockLength, remasking ?? Remasking.LowConfidence, prefixCache ?? false, fields.Compute());
    }
}
