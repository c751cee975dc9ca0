namespace ArDivergence.Core.Generators.Diffusion;

/// <summary>One denoising step: the current block's positions <paramref name="First"/>..<paramref name="Last"/> (1-based) and the number it commits.</summary>
public readonly record struct StepInBlock(int First, int Last, int Commits);
