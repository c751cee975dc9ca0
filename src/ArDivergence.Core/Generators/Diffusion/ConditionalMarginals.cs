using ArDivergence.Core.Manifolds;

namespace ArDivergence.Core.Generators.Diffusion;

/// <summary>
/// μ_i(v | C) = P*(x_i = v | x_C): the true marginal at every position given the committed set C, by a
/// forward–backward pass over the manifold's states restricted to the sequences that agree with C. Each
/// pass is rescaled to sum to one (only ratios matter), so long sequences do not underflow.
/// </summary>
public static class ConditionalMarginals
{
    /// <summary>
    /// μ at every position (index position − 1, a dense array over V; a committed position has all its mass
    /// on its token), or null when no valid sequence agrees with C.
    /// </summary>
    public static double[][]? Of(IManifold manifold, Canvas canvas)
    {
        ArgumentNullException.ThrowIfNull(manifold);
        ArgumentNullException.ThrowIfNull(canvas);
        var forward = Forward(manifold, canvas);
        if (forward is null)
        {
            return null;
        }

        var length = manifold.Length;
        var marginals = new double[length][];
        var backward = new Dictionary<int, double>();
        foreach (var state in forward[length].Keys)
        {
            backward[state] = 1.0;
        }

        for (var t = length; t >= 1; t--)
        {
            var mu = new double[manifold.VocabularySize];
            var previous = new Dictionary<int, double>();
            foreach (var (state, alpha) in forward[t - 1])
            {
                var moves = manifold.Moves(state, t);
                var beta = 0.0;
                for (var m = 0; m < moves.Count; m++)
                {
                    if (!Agrees(canvas, t, moves.Tokens[m]) || !backward.TryGetValue(moves.NextStates[m], out var after))
                    {
                        continue;
                    }

                    var through = moves.Probabilities[m] * after;
                    beta += through;
                    mu[moves.Tokens[m]] += alpha * through;
                }

                if (beta > 0)
                {
                    previous[state] = beta;
                }
            }

            marginals[t - 1] = Normalized(mu);
            backward = Rescaled(previous);
        }

        return marginals;
    }

    /// <summary>Whether some valid sequence of the manifold agrees with every committed position.</summary>
    public static bool IsConsistent(IManifold manifold, Canvas canvas) => Forward(manifold, canvas) is not null;

    /// <summary>The forward masses at t = 0..L, or null when they die out before L.</summary>
    private static Dictionary<int, double>[]? Forward(IManifold manifold, Canvas canvas)
    {
        var length = manifold.Length;
        var forward = new Dictionary<int, double>[length + 1];
        forward[0] = new Dictionary<int, double> { [manifold.StartState] = 1.0 };
        for (var t = 1; t <= length; t++)
        {
            var next = new Dictionary<int, double>();
            foreach (var (state, alpha) in forward[t - 1])
            {
                var moves = manifold.Moves(state, t);
                for (var m = 0; m < moves.Count; m++)
                {
                    if (Agrees(canvas, t, moves.Tokens[m]))
                    {
                        next[moves.NextStates[m]] = next.GetValueOrDefault(moves.NextStates[m]) + (alpha * moves.Probabilities[m]);
                    }
                }
            }

            if (next.Count == 0)
            {
                return null;
            }

            if (next.Count > ForwardMarginals.MaxStates)
            {
                throw new ScenarioLimitException(
                    $"the masked-diffusion denoiser's forward pass reaches more than {ForwardMarginals.MaxStates} manifold states at t = {t} (limit)");
            }

            forward[t] = Rescaled(next);
        }

        return forward;
    }

    private static bool Agrees(Canvas canvas, int position, int token) => canvas.IsMasked(position) || canvas[position] == token;

    private static Dictionary<int, double> Rescaled(Dictionary<int, double> masses)
    {
        var total = masses.Values.Sum();
        if (total > 0 && total != 1.0)
        {
            foreach (var key in masses.Keys.ToArray())
            {
                masses[key] /= total;
            }
        }

        return masses;
    }

    private static double[] Normalized(double[] weights)
    {
        var total = weights.Sum();
        if (total > 0)
        {
            for (var v = 0; v < weights.Length; v++)
            {
                weights[v] /= total;
            }
        }

        return weights;
    }
}
