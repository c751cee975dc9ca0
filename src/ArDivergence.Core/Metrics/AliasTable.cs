namespace ArDivergence.Core.Metrics;

/// <summary>
/// Walker's alias method (Vose's construction): draws one of n outcomes with given weights in O(1)
/// from one uniform number — the inner loop of Monte Carlo.
/// </summary>
public sealed class AliasTable
{
    private readonly double[] _keep;
    private readonly int[] _alias;

    public AliasTable(IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var n = weights.Count;
        if (n == 0)
        {
            throw new ArgumentException("an alias table needs at least one outcome", nameof(weights));
        }

        var total = weights.Sum();
        _keep = new double[n];
        _alias = new int[n];
        var scaled = weights.Select(w => w * n / total).ToArray();
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (var i = 0; i < n; i++)
        {
            (scaled[i] < 1.0 ? small : large).Push(i);
        }

        while (small.Count > 0 && large.Count > 0)
        {
            var s = small.Pop();
            var l = large.Peek();
            _keep[s] = scaled[s];
            _alias[s] = l;
            scaled[l] -= 1.0 - scaled[s];
            if (scaled[l] < 1.0)
            {
                small.Push(large.Pop());
            }
        }

        foreach (var i in large.Concat(small))
        {
            _keep[i] = 1.0;
            _alias[i] = i;
        }
    }

    public int Count => _keep.Length;

    /// <summary>An outcome index from u uniform in [0, 1).</summary>
    public int Sample(double u)
    {
        var x = u * _keep.Length;
        var i = (int)x;
        if (i >= _keep.Length)
        {
            i = _keep.Length - 1;
        }

        return x - i < _keep[i] ? i : _alias[i];
    }
}
