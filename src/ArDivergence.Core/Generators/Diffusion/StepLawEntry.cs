namespace ArDivergence.Core.Generators.Diffusion;

/// <summary>One possible outcome of a denoising step (its commits, by position) and its probability.</summary>
public sealed record StepLawEntry(IReadOnlyList<TokenWrite> Writes, double Probability);
