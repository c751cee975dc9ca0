namespace ArDivergence.Core.Tokens;

/// <summary>Keeps the k best (probability desc, token id asc) of a stream of offers in O(log k) each.</summary>
internal sealed class TopKSelector
{
    private readonly int _k;
    private readonly PriorityQueue<ScoredToken, ScoredToken> _worstFirst;

    public TopKSelector(int k)
    {
        _k = k;
        _worstFirst = new PriorityQueue<ScoredToken, ScoredToken>(k + 1, WorseFirst.Instance);
    }

    public void Offer(int token, double probability)
    {
        var candidate = new ScoredToken(token, probability);
        if (_worstFirst.Count < _k)
        {
            _worstFirst.Enqueue(candidate, candidate);
            return;
        }

        var worst = _worstFirst.Peek();
        if (WorseFirst.Instance.Compare(worst, candidate) < 0)
        {
            _worstFirst.EnqueueDequeue(candidate, candidate);
        }
    }

    public IReadOnlyList<ScoredToken> Result()
    {
        var items = _worstFirst.UnorderedItems.Select(item => item.Element).ToList();
        items.Sort((a, b) => WorseFirst.Instance.Compare(b, a));
        return items;
    }

    /// <summary>Orders the worse token first: lower probability, then higher id.</summary>
    private sealed class WorseFirst : IComparer<ScoredToken>
    {
        public static readonly WorseFirst Instance = new();

        public int Compare(ScoredToken x, ScoredToken y)
        {
            var byProbability = x.Probability.CompareTo(y.Probability);
            return byProbability != 0 ? byProbability : y.Token.CompareTo(x.Token);
        }
    }
}
