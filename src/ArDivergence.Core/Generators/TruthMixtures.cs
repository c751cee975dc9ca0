using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Generators;

/// <summary>Distributions and samples built from P* that several models share.</summary>
internal static class TruthMixtures
{
    /// <summary>
    /// (1−q)·P*(·) + q·uniform over V \ A, or P* itself when every token is valid (nothing to err to).
    /// </summary>
    public static TokenDistribution WithInvalidNoise(MoveSet moves, double q)
    {
        if (moves.Count == moves.VocabularySize || q <= 0)
        {
            return moves.Truth;
        }

        var scaled = new double[moves.Count];
        for (var i = 0; i < scaled.Length; i++)
        {
            scaled[i] = (1.0 - q) * moves.Probabilities[i];
        }

        return TokenDistribution.Create(moves.VocabularySize, moves.Tokens, scaled, q, moves.Tokens);
    }

    /// <summary>
    /// Samples a P* walk of output.Length tokens from <paramref name="state"/> at <paramref name="firstStep"/>;
    /// the token at <paramref name="corruptAt"/> (if any) is replaced by one uniform over V \ A while the
    /// walk continues from the original. Off the manifold every token is uniform over V.
    /// </summary>
    public static void SampleWalk(IManifold manifold, int state, int firstStep, int corruptAt, ref SeededRandom random, Span<int> output)
    {
        var size = manifold.VocabularySize;
        for (var k = 0; k < output.Length; k++)
        {
            var moves = manifold.Moves(state, firstStep + k);
            if (moves.IsEmpty)
            {
                output[k] = random.NextInt(size);
                state = ManifoldState.Off;
                continue;
            }

            var original = moves.Truth.Sample(random.NextDouble());
            output[k] = original;
            if (k == corruptAt && moves.Count < size)
            {
                output[k] = TokenDistribution.Create(size, [], [], 1.0, moves.Tokens).Sample(random.NextDouble());
            }

            state = moves.Next(original);
        }
    }
}
