using ArDivergence.Core.Generators.Diffusion;
using ArDivergence.Core.Randomness;

namespace ArDivergence.Core.Metrics;

/// <summary>A masked-diffusion lane's fresh run without the per-step token error the debugger shows (same draws, same result).</summary>
internal sealed class DiffusionRunSampler(MaskedDiffusionGenerator lane) : IRunSampler
{
    public int FirstOffStep(ref SeededRandom random) => lane.FirstOffStep(ref random);
}
