using ArDivergence.Core.Randomness;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Generators.Diffusion;

/// <summary>
/// One denoising step over the masked positions of the current block (semantics §11): every masked position
/// draws x̂_i ~ q_i independently, gets a confidence (q_i(x̂_i) for <c>low_confidence</c>, an independent uniform
/// for <c>random</c>), and the k most confident are committed, ties going to the lower position. Both the
/// sampler and the exact law of its outcome (by enumeration) live here, so they cannot drift apart.
/// </summary>
public static class DenoisingStep
{
    /// <summary>
    /// The step as the lane takes it. Draws: one uniform per masked position in position order for x̂, then
    /// (<c>random</c> only) one per masked position for its confidence. Returns the commits by position.
    /// </summary>
    public static TokenWrite[] Sample(DenoiserView view, IReadOnlyList<int> masked, int commits, Remasking remasking, ref SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(masked);
        var drawn = new int[masked.Count];
        var confidence = new double[masked.Count];
        for (var i = 0; i < masked.Count; i++)
        {
            var q = view.At(masked[i]);
            drawn[i] = q.Sample(random.NextDouble());
            confidence[i] = q.Probability(drawn[i]);
        }

        if (remasking == Remasking.Random)
        {
            for (var i = 0; i < masked.Count; i++)
            {
                confidence[i] = random.NextDouble();
            }
        }

        return Commit(masked, drawn, confidence, commits);
    }

    /// <summary>
    /// The exact law of the step's commits: each distinct set of writes with its probability, or null when the
    /// enumeration would visit more than <paramref name="maxOutcomes"/> joint draws.
    /// </summary>
    public static IReadOnlyList<StepLawEntry>? Enumerate(DenoiserView view, IReadOnlyList<int> masked, int commits, Remasking remasking, long maxOutcomes)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(masked);
        var supports = masked.Select(p => Support(view.At(p))).ToArray();
        var law = new Dictionary<string, StepLawEntry>(StringComparer.Ordinal);
        if (remasking == Remasking.LowConfidence)
        {
            if (!Within(supports.Select(s => (double)s.Length), maxOutcomes))
            {
                return null;
            }

            Odometer(supports, (drawn, confidence, p) => Add(law, Commit(masked, drawn, confidence, commits), p));
            return [.. law.Values];
        }

        // Random remasking: the committed positions are a uniform k-subset, independent of the draws.
        var subsets = Subsets(masked.Count, commits).ToArray();
        var subsetCost = subsets.Length == 0 ? 0 : subsets.Max(s => s.Aggregate(1.0, (c, i) => c * supports[i].Length));
        if (subsets.Length * subsetCost > maxOutcomes)
        {
            return null;
        }

        foreach (var subset in subsets)
        {
            var chosen = subset.Select(i => supports[i]).ToArray();
            var positions = subset.Select(i => masked[i]).ToArray();
            Odometer(chosen, (drawn, _, p) => Add(
                law, [.. positions.Select((position, j) => new TokenWrite(position, drawn[j]))], p / subsets.Length));
        }

        return [.. law.Values];
    }

    /// <summary>The k most confident draws (ties: lower position first), as writes by position.</summary>
    internal static TokenWrite[] Commit(IReadOnlyList<int> masked, int[] drawn, double[] confidence, int commits)
    {
        var order = Enumerable.Range(0, masked.Count)
            .OrderByDescending(i => confidence[i])
            .ThenBy(i => masked[i])
            .Take(commits)
            .OrderBy(i => masked[i]);
        return [.. order.Select(i => new TokenWrite(masked[i], drawn[i]))];
    }

    private static (int Token, double P)[] Support(TokenDistribution q) =>
        [.. Enumerable.Range(0, q.VocabularySize).Select(v => (v, q.Probability(v))).Where(x => x.Item2 > 0)];

    private static bool Within(IEnumerable<double> sizes, long limit) => sizes.Aggregate(1.0, (c, s) => c * s) <= limit;

    /// <summary>Every joint draw over the supports, with its confidences (the draws' probabilities) and its probability.</summary>
    private static void Odometer((int Token, double P)[][] supports, Action<int[], double[], double> visit)
    {
        var n = supports.Length;
        var index = new int[n];
        var drawn = new int[n];
        var confidence = new double[n];
        while (true)
        {
            var p = 1.0;
            for (var i = 0; i < n; i++)
            {
                (drawn[i], confidence[i]) = supports[i][index[i]];
                p *= confidence[i];
            }

            visit(drawn, confidence, p);
            var digit = 0;
            while (digit < n && ++index[digit] == supports[digit].Length)
            {
                index[digit++] = 0;
            }

            if (digit == n)
            {
                return;
            }
        }
    }

    private static IEnumerable<int[]> Subsets(int n, int k)
    {
        var subset = Enumerable.Range(0, k).ToArray();
        while (true)
        {
            yield return (int[])subset.Clone();
            var i = k - 1;
            while (i >= 0 && subset[i] == n - k + i)
            {
                i--;
            }

            if (i < 0)
            {
                yield break;
            }

            subset[i]++;
            for (var j = i + 1; j < k; j++)
            {
                subset[j] = subset[j - 1] + 1;
            }
        }
    }

    private static void Add(Dictionary<string, StepLawEntry> law, TokenWrite[] writes, double p)
    {
        var key = string.Join(';', writes.Select(w => $"{w.Position}:{w.Token}"));
        law[key] = law.TryGetValue(key, out var known) ? known with { Probability = known.Probability + p } : new StepLawEntry(writes, p);
    }
}
