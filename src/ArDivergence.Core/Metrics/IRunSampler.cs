using ArDivergence.Core.Randomness;

namespace ArDivergence.Core.Metrics;

/// <summary>Samples one fresh run of a lane and says when it first left the manifold.</summary>
public interface IRunSampler
{
    /// <summary>The first off-manifold step, or L + 1 when the run stayed on to the end.</summary>
    int FirstOffStep(ref SeededRandom random);
}
