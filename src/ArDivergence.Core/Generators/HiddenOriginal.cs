using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Generators;

/// <summary>
/// A joint model's corrupted sequence is a P* sample with one position replaced; the tokens after it
/// continue the original. Given the observed tokens, this is the posterior over that hidden original
/// token, as weighted manifold states from which P* continues.
/// </summary>
internal static class HiddenOriginal
{
    /// <summary>
    /// Walks <paramref name="tokens"/> (steps startStep, startStep+1, …) from <paramref name="startState"/>,
    /// finds the first invalid token and returns the hidden states (with weights) after the observed
    /// tokens, or an empty list when the observed tokens have probability zero under any original.
    /// </summary>
    public static IReadOnlyList<(double Weight, int State)> Posterior(
        IManifold manifold, int startState, int startStep, IReadOnlyList<int> tokens, int fromIndex)
    {
        var state = startState;
        var step = startStep;
        var index = fromIndex;
        while (index < tokens.Count)
        {
            var moves = manifold.Moves(state, step);
            var next = moves.Next(tokens[index]);
            if (next == ManifoldState.Off)
            {
                return Candidates(manifold, moves, step, tokens, index);
            }

            state = next;
            step++;
            index++;
        }

        return [];
    }

    /// <summary>The posterior after also observing <paramref name="token"/> at <paramref name="step"/>.</summary>
    public static IReadOnlyList<(double Weight, int State)> Advance(
        IManifold manifold, IReadOnlyList<(double Weight, int State)> posterior, int step, int token)
    {
        var result = new List<(double Weight, int State)>(posterior.Count);
        var total = 0.0;
        foreach (var (weight, state) in posterior)
        {
            var moves = manifold.Moves(state, step);
            var k = moves.IndexOf(token);
            if (k >= 0)
            {
                result.Add((weight * moves.Probabilities[k], moves.NextStates[k]));
                total += weight * moves.Probabilities[k];
            }
        }

        for (var i = 0; i < result.Count; i++)
        {
            result[i] = (result[i].Weight / total, result[i].State);
        }

        return result;
    }

    /// <summary>The mixture Σ weight · P*(· | hidden state) at step t, or uniform when nothing fits.</summary>
    public static TokenDistribution Mixture(IManifold manifold, IReadOnlyList<(double Weight, int State)> posterior, int t)
    {
        if (posterior.Count == 0)
        {
            return TokenDistribution.Uniform(manifold.VocabularySize);
        }

        var mass = new SortedDictionary<int, double>();
        foreach (var (weight, state) in posterior)
        {
            var moves = manifold.Moves(state, t);
            for (var i = 0; i < moves.Count; i++)
            {
                mass[moves.Tokens[i]] = mass.GetValueOrDefault(moves.Tokens[i]) + (weight * moves.Probabilities[i]);
            }
        }

        if (mass.Count == 0)
        {
            return TokenDistribution.Uniform(manifold.VocabularySize);
        }

        return TokenDistribution.Create(manifold.VocabularySize, [.. mass.Keys], [.. mass.Values], 0.0, []);
    }

    private static List<(double Weight, int State)> Candidates(
        IManifold manifold, MoveSet movesAtCorruption, int corruptionStep, IReadOnlyList<int> tokens, int corruptionIndex)
    {
        var result = new List<(double, int)>();
        var total = 0.0;
        for (var c = 0; c < movesAtCorruption.Count; c++)
        {
            var weight = movesAtCorruption.Probabilities[c];
            var state = movesAtCorruption.NextStates[c];
            for (var i = corruptionIndex + 1; i < tokens.Count && weight > 0; i++)
            {
                var moves = manifold.Moves(state, corruptionStep + (i - corruptionIndex));
                var k = moves.IndexOf(tokens[i]);
                if (k < 0)
                {
                    weight = 0;
                    break;
                }

                weight *= moves.Probabilities[k];
                state = moves.NextStates[k];
            }

            if (weight > 0)
            {
                result.Add((weight, state));
                total += weight;
            }
        }

        for (var i = 0; i < result.Count; i++)
        {
            result[i] = (result[i].Item1 / total, result[i].Item2);
        }

        return result;
    }
}
