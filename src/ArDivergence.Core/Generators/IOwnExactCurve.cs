using ArDivergence.Core.Metrics;

namespace ArDivergence.Core.Generators;

/// <summary>
/// A lane with an exact off_manifold that is not a one-token-per-step <see cref="IExactProcess"/> (a
/// masked-diffusion lane enumerates its commits instead). It declares <see cref="LaneCapabilities.ExactProcess"/>
/// and <see cref="ExactOffManifold"/> runs these steps.
/// </summary>
public interface IOwnExactCurve : IGenerator
{
    IExactOffSteps ExactOffSteps(int maxStates);
}
