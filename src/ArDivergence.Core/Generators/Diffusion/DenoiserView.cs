using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Generators.Diffusion;

/// <summary>The denoiser at one canvas: μ (null when the canvas is inconsistent) and q at every masked position.</summary>
public sealed class DenoiserView(Canvas canvas, double[][]? marginals, TokenDistribution?[] denoised)
{
    public Canvas Canvas { get; } = canvas;

    /// <summary>μ_i(· | C) by position − 1, or null when no valid sequence agrees with C.</summary>
    public double[][]? Marginals { get; } = marginals;

    public bool IsConsistent => Marginals is not null;

    /// <summary>q at a masked position (1-based).</summary>
    public TokenDistribution At(int position) =>
        denoised[position - 1] ?? throw new ArgumentOutOfRangeException(nameof(position), position, "the position is not masked");

    /// <summary>The tokens v with μ(v | C) &gt; 0 at a position, ascending (every token when C is inconsistent).</summary>
    public int[] Possible(int position)
    {
        var size = Canvas.Length == 0 ? 0 : At(position).VocabularySize;
        return Marginals is null
            ? [.. Enumerable.Range(0, size)]
            : [.. Enumerable.Range(0, size).Where(v => Marginals[position - 1][v] > 0)];
    }
}
