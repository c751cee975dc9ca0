namespace ArDivergence.Core.Metrics;

/// <summary>
/// Keeps <see cref="KeyTransitions"/> for the few step labels that recur. A label met for the first
/// time (or not for a while) gets a scratch table that the next step overwrites, so a process whose
/// every step differs keeps no more than one step's transitions; a label seen again within the last
/// few steps gets one of a few kept tables, least recently used first out.
/// </summary>
internal sealed class TransitionCache
{
    private const int KeptTables = 4;
    private const int RememberedLabels = 4;

    private readonly KeyTransitions _scratch = new();
    private readonly List<KeyTransitions> _kept = [];
    private readonly long[] _lastUse = new long[KeptTables];
    private readonly long[] _recentLabels = new long[RememberedLabels];
    private int _recentCount;
    private long _uses;

    /// <summary>The table to use at a step with this label: kept and filled if the label recurs.</summary>
    public KeyTransitions For(long label)
    {
        _uses++;
        for (var i = 0; i < _kept.Count; i++)
        {
            if (_kept[i].Label == label)
            {
                _lastUse[i] = _uses;
                return _kept[i];
            }
        }

        var recurs = _recentLabels.AsSpan(0, Math.Min(_recentCount, RememberedLabels)).Contains(label);
        _recentLabels[_recentCount++ % RememberedLabels] = label;
        var table = recurs ? LeastRecentlyUsed() : _scratch;
        table.Reset(label);
        return table;
    }

    /// <summary>Forgets every transition (the key ids they refer to are about to change).</summary>
    public void Clear()
    {
        _kept.Clear();
        _recentCount = 0;
        _scratch.Reset(0);
    }

    private KeyTransitions LeastRecentlyUsed()
    {
        if (_kept.Count < KeptTables)
        {
            _kept.Add(new KeyTransitions());
            _lastUse[_kept.Count - 1] = _uses;
            return _kept[^1];
        }

        var oldest = 0;
        for (var i = 1; i < KeptTables; i++)
        {
            if (_lastUse[i] < _lastUse[oldest])
            {
                oldest = i;
            }
        }

        _lastUse[oldest] = _uses;
        return _kept[oldest];
    }
}
