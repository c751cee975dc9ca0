using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Generators.Diffusion;

/// <summary>
/// The denoiser of a masked-diffusion lane (semantics §11): at a masked position i, given the committed set C,
/// q_i(v) = (1 − ε_i)·μ_i(v | C) + ε_i·noise(v), with μ the exact conditional marginal
/// (<see cref="ConditionalMarginals"/>) and noise uniform over the v with μ_i(v | C) = 0 (<c>invalid</c>; none
/// when every token is possible) or over V (<c>uniform</c>). When C agrees with no valid sequence, μ is
/// uniform over V and so is q.
/// </summary>
public sealed class MaskedDenoiser(IManifold manifold, ErrorSchedule error, NoiseMode noise)
{
    public IManifold Manifold { get; } = manifold;

    /// <summary>μ given C (null when C is inconsistent) and q at every masked position.</summary>
    public DenoiserView View(Canvas canvas)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        var mu = ConditionalMarginals.Of(Manifold, canvas);
        var size = Manifold.VocabularySize;
        var q = new TokenDistribution?[canvas.Length];
        for (var position = 1; position <= canvas.Length; position++)
        {
            if (canvas.IsMasked(position))
            {
                q[position - 1] = mu is null ? TokenDistribution.Uniform(size) : Noisy(mu[position - 1], error.At(position));
            }
        }

        return new DenoiserView(canvas, mu, q);
    }

    private TokenDistribution Noisy(double[] marginal, double epsilon)
    {
        var tokens = Enumerable.Range(0, marginal.Length).Where(v => marginal[v] > 0).ToArray();
        var probabilities = tokens.Select(v => marginal[v]).ToArray();
        var exact = TokenDistribution.Create(marginal.Length, tokens, probabilities, 0.0, []);
        if (epsilon <= 0)
        {
            return exact;
        }

        if (noise == NoiseMode.Uniform)
        {
            return exact.WithUniformNoise(epsilon);
        }

        // Nothing to err to when every token is possible: the oracle itself, as the noisy oracle does.
        return tokens.Length == marginal.Length
            ? exact
            : TokenDistribution.Create(marginal.Length, tokens, [.. probabilities.Select(p => (1.0 - epsilon) * p)], epsilon, tokens);
    }
}
