using System.Runtime.InteropServices;
using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Generators;

/// <summary>
/// An n-gram model really trained on sequences drawn from P* (prompt included in its context), with
/// add-α smoothing over all of V: p(v|c) = (count(c,v) + α) / (count(c) + α|V|).
/// </summary>
public sealed class NgramModel : IAutoregressiveModel
{
    private readonly NgramContext _packing;
    private readonly Dictionary<UInt128, TokenDistribution> _byContext;
    private readonly TokenDistribution _unseen;

    private NgramModel(NgramContext packing, UInt128 initial, Dictionary<UInt128, TokenDistribution> byContext, int vocabularySize)
    {
        _packing = packing;
        InitialContext = initial;
        _byContext = byContext;
        _unseen = TokenDistribution.Uniform(vocabularySize);
    }

    public UInt128 InitialContext { get; }

    /// <summary>Draws <paramref name="samples"/> continuations from P* with <paramref name="random"/> and counts them.</summary>
    public static NgramModel Train(GenerationContext context, int order, int samples, double smoothing, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(context);
        var packing = new NgramContext(context.VocabularySize, order);
        var initial = packing.FromTokens(context.Prompt);
        var counts = new Dictionary<UInt128, Dictionary<int, int>>();
        var manifold = context.Manifold;
        for (var sample = 0; sample < samples; sample++)
        {
            var state = manifold.StartState;
            var ngram = initial;
            for (var t = 1; t <= context.Length; t++)
            {
                var moves = manifold.Moves(state, t);
                if (moves.IsEmpty)
                {
                    break;
                }

                var token = moves.Truth.Sample(random.NextDouble());
                ref var next = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, ngram, out _);
                next ??= [];
                CollectionsMarshal.GetValueRefOrAddDefault(next, token, out _)++;
                state = moves.Next(token);
                ngram = packing.Push(ngram, token);
            }
        }

        var size = context.VocabularySize;
        var byContext = counts.ToDictionary(
            entry => entry.Key,
            entry => Smoothed(entry.Value, smoothing, size));
        return new NgramModel(packing, initial, byContext, size);
    }

    public TokenDistribution Next(int manifoldState, UInt128 context, int t) =>
        _byContext.TryGetValue(context, out var distribution) ? distribution : _unseen;

    public UInt128 Advance(UInt128 context, int token) => _packing.Push(context, token);

    /// <summary>Counts do not depend on the step.</summary>
    public int StepClass(int t) => 0;

    private static TokenDistribution Smoothed(Dictionary<int, int> counts, double alpha, int vocabularySize)
    {
        var tokens = new int[counts.Count];
        var tokenCounts = new int[counts.Count];
        var total = 0;
        var i = 0;
        foreach (var (token, count) in counts)
        {
            tokens[i] = token;
            tokenCounts[i++] = count;
            total += count;
        }

        Array.Sort(tokens, tokenCounts);
        var denominator = total + (alpha * vocabularySize);
        var probabilities = new double[tokens.Length];
        for (i = 0; i < tokens.Length; i++)
        {
            probabilities[i] = tokenCounts[i] / denominator;
        }

        return TokenDistribution.Create(vocabularySize, tokens, probabilities, alpha * vocabularySize / denominator, []);
    }
}
