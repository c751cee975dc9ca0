namespace ArDivergence.Core.Specs;

/// <summary>Where a noisy oracle puts its error mass.</summary>
public enum NoiseMode
{
    /// <summary>Uniformly over the tokens that are invalid at this step.</summary>
    Invalid,

    /// <summary>Uniformly over the whole vocabulary.</summary>
    Uniform,
}
