using ArDivergence.Core.Tasks;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Generators;

/// <summary>
/// The path-star shortcut (Bachmann &amp; Nagarajan 2024): emit the source, guess one of its d
/// neighbours uniformly, then always follow that arm. Its only possible error is the guess.
/// The context is the last token (id + 1; 0 before any).
/// </summary>
public sealed class CleverHansModel : IAutoregressiveModel
{
    private readonly int _vocabularySize;
    private readonly TokenDistribution _first;
    private readonly TokenDistribution _guess;
    private readonly Dictionary<int, TokenDistribution> _follow;
    private readonly TokenDistribution _lost;

    public CleverHansModel(int vocabularySize, PathStarInstance graph, Func<string, int> idOf)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(idOf);
        _vocabularySize = vocabularySize;
        _first = TokenDistribution.PointMass(vocabularySize, idOf(graph.Source));
        var neighbours = graph.SourceNeighbours.Select(idOf).Order().ToArray();
        _guess = TokenDistribution.Create(
            vocabularySize, neighbours, [.. neighbours.Select(_ => 1.0 / neighbours.Length)], 0.0, []);
        _follow = graph.NextOnArm.ToDictionary(
            edge => idOf(edge.Key),
            edge => TokenDistribution.PointMass(vocabularySize, idOf(edge.Value)));
        _lost = TokenDistribution.Uniform(vocabularySize);
    }

    public UInt128 InitialContext => 0;

    public TokenDistribution Next(int manifoldState, UInt128 context, int t)
    {
        if (t == 1)
        {
            return _first;
        }

        if (t == 2)
        {
            return _guess;
        }

        // A prefix the shortcut cannot continue (only a forced token makes one): it has no idea.
        var last = (int)context - 1;
        return _follow.TryGetValue(last, out var next) ? next : _lost;
    }

    public UInt128 Advance(UInt128 context, int token) => (UInt128)(token + 1);

    public override string ToString() => $"clever_hans over {_vocabularySize} tokens";
}
