namespace ArDivergence.Core.Compute;

/// <summary>
/// Classifies a lane's work as it happens. Positions are processed from 0 upwards, so the set of
/// positions ever processed is [0, high-water): work over a position below the high-water mark is
/// recomputed. A value type, so each step can keep the ledger as it was and step back restores it.
/// </summary>
public struct ComputeLedger
{
    private long _processedUpTo;
    private bool _thinkDone;
    private double _computed;
    private double _recomputed;
    private double _reused;
    private double _discarded;

    /// <summary>Positions kept in a KV cache between steps (prefix cache of an mpc lane).</summary>
    public long CachedUpTo { get; private set; }

    /// <summary>Processes positions [from, to) with causal attention.</summary>
    public void CausalPass(ComputeConfig config, long from, long to)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (to <= from)
        {
            return;
        }

        _computed += config.CausalRangeFlops(from, to);
        _recomputed += config.CausalRangeFlops(from, Math.Min(to, _processedUpTo));
        _processedUpTo = Math.Max(_processedUpTo, to);
    }

    /// <summary>Processes positions [from, to), each attending to <paramref name="context"/> positions.</summary>
    public void BidirectionalPass(ComputeConfig config, long from, long to, long context)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (to <= from)
        {
            return;
        }

        var perPosition = config.BidirectionalFlopsPerPosition(context);
        _computed += (to - from) * perPosition;
        _recomputed += Math.Max(0, Math.Min(to, _processedUpTo) - from) * perPosition;
        _processedUpTo = Math.Max(_processedUpTo, to);
    }

    /// <summary>
    /// Causal passes over [from, end) for every end in [firstEnd, lastEnd] — what an uncached model does
    /// when it generates token after token — charged in closed form: every position at or above the
    /// high-water mark is new work once (its cost f(p) is the same in every pass); the rest is recomputed.
    /// </summary>
    public void RepeatedCausalPasses(ComputeConfig config, long from, long firstEnd, long lastEnd)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (lastEnd < firstEnd)
        {
            return;
        }

        var passes = lastEnd - firstEnd + 1;
        var computed = config.CachedPrefixFlopsSum(firstEnd, lastEnd + 1) - (passes * config.CausalRangeFlops(0, from));
        var fresh = config.CausalRangeFlops(Math.Max(from, _processedUpTo), lastEnd);
        _computed += computed;
        _recomputed += computed - fresh;
        _processedUpTo = Math.Max(_processedUpTo, lastEnd);
    }

    /// <summary>Computes W <paramref name="times"/> times (recomputed all but the first time ever).</summary>
    public void ThinkRepeatedly(ComputeConfig config, long times)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (config.ThinkFlops <= 0 || times <= 0)
        {
            return;
        }

        _computed += times * config.ThinkFlops;
        _recomputed += (_thinkDone ? times : times - 1) * config.ThinkFlops;
        _thinkDone = true;
    }

    /// <summary>Computes the latent think_flops W (recomputed if it was computed before).</summary>
    public void Think(ComputeConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (config.ThinkFlops <= 0)
        {
            return;
        }

        _computed += config.ThinkFlops;
        if (_thinkDone)
        {
            _recomputed += config.ThinkFlops;
        }

        _thinkDone = true;
    }

    /// <summary>Uses W from the cache if it was computed before, else computes it.</summary>
    public void ThinkOrReuse(ComputeConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (_thinkDone)
        {
            _reused += config.ThinkFlops;
        }
        else
        {
            Think(config);
        }
    }

    /// <summary>
    /// Marks <paramref name="flops"/> of this step's computed work as spent on tokens that are never
    /// committed (semantics §12): a part of computed, so nothing is added to it.
    /// </summary>
    public void Discard(double flops) => _discarded += flops;

    /// <summary>The FLOPs computed so far in this step (before <see cref="EndStep"/>).</summary>
    public readonly double ComputedThisStep => _computed;

    /// <summary>Counts work avoided because it was cached.</summary>
    public void Reuse(double flops) => _reused += flops;

    public void SetCachedUpTo(long positions) => CachedUpTo = positions;

    /// <summary>Ends the step: returns its figures and clears the per-step sums.</summary>
    public StepCompute EndStep(long kvCacheBytes)
    {
        var result = new StepCompute(_computed, _recomputed, _reused, kvCacheBytes, _discarded);
        _discarded = 0;
        _computed = 0;
        _recomputed = 0;
        _reused = 0;
        return result;
    }
}
