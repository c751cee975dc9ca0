using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Manifolds;

/// <summary>
/// The valid next tokens A(x&lt;t) at one manifold state, sorted by token id, with the state each
/// leads to and the true probability P*(v | x&lt;t).
/// </summary>
public sealed class MoveSet
{
    private TokenDistribution? _truth;

    public MoveSet(int vocabularySize, int[] tokens, int[] nextStates, double[] probabilities)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(nextStates);
        ArgumentNullException.ThrowIfNull(probabilities);
        VocabularySize = vocabularySize;
        Tokens = tokens;
        NextStates = nextStates;
        Probabilities = probabilities;
    }

    public int VocabularySize { get; }

    /// <summary>Valid tokens, ascending.</summary>
    public int[] Tokens { get; }

    /// <summary>The manifold state after each valid token.</summary>
    public int[] NextStates { get; }

    /// <summary>P*(token), summing to 1 (or empty at a dead end).</summary>
    public double[] Probabilities { get; }

    public int Count => Tokens.Length;

    public bool IsEmpty => Tokens.Length == 0;

    /// <summary>P*(· | x&lt;t) as a distribution.</summary>
    public TokenDistribution Truth =>
        _truth ??= IsEmpty
            ? TokenDistribution.Uniform(VocabularySize)
            : TokenDistribution.Create(VocabularySize, Tokens, Probabilities, 0.0, []);

    /// <summary>No valid move (the off-manifold state).</summary>
    public static MoveSet Empty(int vocabularySize) => new(vocabularySize, [], [], []);

    /// <summary>Index of a token among the valid moves, or -1 when it is invalid here.</summary>
    public int IndexOf(int token)
    {
        var i = Array.BinarySearch(Tokens, token);
        return i >= 0 ? i : -1;
    }

    /// <summary>The state after <paramref name="token"/>, or <see cref="ManifoldState.Off"/>.</summary>
    public int Next(int token)
    {
        var i = IndexOf(token);
        return i >= 0 ? NextStates[i] : ManifoldState.Off;
    }

    /// <summary>Builds a move set from unsorted moves with relative weights (normalised here).</summary>
    public static MoveSet FromWeighted(int vocabularySize, IEnumerable<(int Token, int Next, double Weight)> moves)
    {
        var sorted = moves.OrderBy(m => m.Token).ToArray();
        return new MoveSet(
            vocabularySize,
            [.. sorted.Select(m => m.Token)],
            [.. sorted.Select(m => m.Next)],
            Normalized([.. sorted.Select(m => m.Weight)]));
    }

    /// <summary>
    /// Weights divided by their sum, computed after scaling by the largest weight so that weights
    /// near double.MaxValue do not overflow the sum (and give NaN).
    /// </summary>
    public static double[] Normalized(double[] weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length == 0)
        {
            return [];
        }

        var largest = weights.Max();
        if (!(largest > 0) || !double.IsFinite(largest))
        {
            throw new ArgumentException("weights must be positive and finite", nameof(weights));
        }

        var scaled = weights.Select(w => w / largest).ToArray();
        var total = scaled.Sum();
        return [.. scaled.Select(w => w / total)];
    }
}
