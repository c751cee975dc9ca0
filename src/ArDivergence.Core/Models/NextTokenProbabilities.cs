namespace ArDivergence.Core.Models;

/// <summary>
/// p_t of a gguf lane from the logits of the last position (semantics §9), over the model's full
/// vocabulary, and the inverse-CDF draw over token ids in ascending order.
/// </summary>
public static class NextTokenProbabilities
{
    /// <summary>softmax(logits / T), then top_k, top_p and min_p, each renormalising what it keeps.</summary>
    public static double[] Compute(ReadOnlySpan<float> logits, SamplingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var p = new double[logits.Length];
        var best = 0;
        for (var i = 1; i < logits.Length; i++)
        {
            if (logits[i] > logits[best])
            {
                best = i;
            }
        }

        if (settings.Temperature <= 0)
        {
            p[best] = 1.0;
            return p;
        }

        // Subtracting the largest logit keeps exp from overflowing; the result is the same softmax.
        var max = (double)logits[best];
        var sum = 0.0;
        for (var i = 0; i < p.Length; i++)
        {
            p[i] = Math.Exp((logits[i] - max) / settings.Temperature);
            sum += p[i];
        }

        Scale(p, 1.0 / sum);
        if (settings.TopK > 0 && settings.TopK < p.Length)
        {
            KeepFirst(p, ByDescendingProbability(p), settings.TopK);
        }

        if (settings.TopP < 1)
        {
            var order = ByDescendingProbability(p);
            var cumulative = 0.0;
            var keep = 0;
            while (keep < order.Length && cumulative < settings.TopP)
            {
                cumulative += p[order[keep]];
                keep++;
            }

            KeepFirst(p, order, Math.Max(keep, 1));
        }

        if (settings.MinP > 0)
        {
            var threshold = settings.MinP * p.Max();
            for (var i = 0; i < p.Length; i++)
            {
                if (p[i] < threshold)
                {
                    p[i] = 0;
                }
            }

            Scale(p, 1.0 / p.Sum());
        }

        return p;
    }

    /// <summary>The first token id whose cumulative probability (ids ascending) exceeds u·Σp: one uniform, one token.</summary>
    public static int Sample(ReadOnlySpan<double> probabilities, double u)
    {
        var total = 0.0;
        foreach (var q in probabilities)
        {
            total += q;
        }

        var target = u * total;
        var cumulative = 0.0;
        var last = 0;
        for (var i = 0; i < probabilities.Length; i++)
        {
            if (probabilities[i] <= 0)
            {
                continue;
            }

            last = i;
            cumulative += probabilities[i];
            if (cumulative > target)
            {
                return i;
            }
        }

        // u·Σp rounds to the very top: the last token with mass.
        return last;
    }

    /// <summary>Token ids by probability, highest first; ties go to the lower id, so the order is the same on every run.</summary>
    private static int[] ByDescendingProbability(double[] p)
    {
        var order = Enumerable.Range(0, p.Length).ToArray();
        Array.Sort(order, (a, b) => p[a] != p[b] ? p[b].CompareTo(p[a]) : a.CompareTo(b));
        return order;
    }

    private static void KeepFirst(double[] p, int[] order, int count)
    {
        for (var i = count; i < order.Length; i++)
        {
            p[order[i]] = 0;
        }

        Scale(p, 1.0 / p.Sum());
    }

    private static void Scale(double[] p, double factor)
    {
        for (var i = 0; i < p.Length; i++)
        {
            p[i] *= factor;
        }
    }
}
