using ArDivergence.Core.Generators;
using ArDivergence.Core.Manifolds;

namespace ArDivergence.Core.Tests.Support;

/// <summary>Brute force over every token sequence of length L.</summary>
internal static class Enumeration
{
    public static IEnumerable<int[]> AllSequences(int vocabularySize, int length)
    {
        var total = (long)Math.Pow(vocabularySize, length);
        for (long code = 0; code < total; code++)
        {
            var sequence = new int[length];
            var rest = code;
            for (var i = length - 1; i >= 0; i--)
            {
                sequence[i] = (int)(rest % vocabularySize);
                rest /= vocabularySize;
            }

            yield return sequence;
        }
    }

    /// <summary>The first step at which the sequence leaves the manifold, or L + 1.</summary>
    public static int FirstOffStep(IManifold manifold, IReadOnlyList<int> sequence)
    {
        var state = manifold.StartState;
        for (var t = 1; t <= sequence.Count; t++)
        {
            state = manifold.Advance(state, t, sequence[t - 1]);
            if (state == ManifoldState.Off)
            {
                return t;
            }
        }

        return sequence.Count + 1;
    }

    /// <summary>P(off by t) for t = 0..L by summing the probabilities of all sequences.</summary>
    public static double[] OffByStep(IGenerator generator)
    {
        var length = generator.Context.Length;
        var off = new double[length + 1];
        var scorer = (ISequenceScorer)generator;
        foreach (var sequence in AllSequences(generator.Context.VocabularySize, length))
        {
            var probability = scorer.SequenceProbability(sequence);
            var first = FirstOffStep(generator.Context.Manifold, sequence);
            for (var t = first; t <= length; t++)
            {
                off[t] += probability;
            }
        }

        return off;
    }
}
