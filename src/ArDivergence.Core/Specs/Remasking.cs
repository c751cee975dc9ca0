namespace ArDivergence.Core.Specs;

/// <summary>How a masked-diffusion lane ranks the masked positions it could commit at a step.</summary>
public enum Remasking
{
    /// <summary>By the probability the denoiser gave its own draw (LLaDA's default).</summary>
    LowConfidence,

    /// <summary>By an independent uniform number per position: a uniformly random choice.</summary>
    Random,
}
