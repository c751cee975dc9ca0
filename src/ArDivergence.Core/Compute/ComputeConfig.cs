using ArDivergence.Core.Specs;

namespace ArDivergence.Core.Compute;

/// <summary>A transformer's shape with every default resolved (semantics §5, Kaplan et al. 2020).</summary>
public sealed record ComputeConfig(
    int Layers,
    int DModel,
    int DFf,
    int Heads,
    int KvHeads,
    int BytesPerValue,
    bool KvCache,
    double ThinkFlops)
{
    /// <summary>GPT-2 small, the defaults.</summary>
    public static ComputeConfig Default { get; } = From(new ComputeSpec());

    /// <summary>N = 2·layers·d_model·(2·d_model + d_ff).</summary>
    public double Parameters => 2.0 * Layers * DModel * ((2.0 * DModel) + DFf);

    /// <summary>2·layers·d_model·(kv_heads/heads)·bytes_per_value, as integers (d_head = d_model/heads).</summary>
    public long KvBytesPerPosition => 2L * Layers * KvHeads * (DModel / Heads) * BytesPerValue;

    public static ComputeConfig From(ComputeSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var heads = spec.Heads ?? Math.Max(1, spec.DModel / 64);
        return new ComputeConfig(
            spec.Layers,
            spec.DModel,
            spec.DFf ?? (4 * spec.DModel),
            heads,
            spec.KvHeads ?? heads,
            spec.BytesPerValue,
            spec.KvCache,
            spec.ThinkFlops);
    }

    /// <summary>f(p) = 2N + 2·layers·(p+1)·d_model: the token at 0-based position p, causal attention.</summary>
    public double CausalFlops(long position) => (2.0 * Parameters) + (2.0 * Layers * (position + 1) * DModel);

    /// <summary>Σ f(p) for p in [from, to), in closed form.</summary>
    public double CausalRangeFlops(long from, long to)
    {
        if (to <= from)
        {
            return 0.0;
        }

        var count = (double)(to - from);
        // Σ (p+1) over [from, to) = (to(to+1) − from(from+1)) / 2
        var attended = (((double)to * (to + 1)) - ((double)from * (from + 1))) / 2.0;
        return (count * 2.0 * Parameters) + (2.0 * Layers * DModel * attended);
    }

    /// <summary>Σ over k in [from, to) of CausalRangeFlops(0, k): what a KV cache saves over a run of steps.</summary>
    public double CachedPrefixFlopsSum(long from, long to)
    {
        if (to <= from)
        {
            return 0.0;
        }

        // CausalRangeFlops(0, k) = 2N·k + layers·d·k(k+1)
        var sumK = SumOfIntegers(from, to);
        var sumKSquared = SumOfSquares(from, to);
        return (2.0 * Parameters * sumK) + (Layers * (double)DModel * (sumKSquared + sumK));
    }

    /// <summary>One position of a bidirectional pass that attends to <paramref name="context"/> positions.</summary>
    public double BidirectionalFlopsPerPosition(long context) => (2.0 * Parameters) + (2.0 * Layers * context * DModel);

    /// <summary>A bidirectional pass over n positions: n·(2N + 2·layers·n·d_model).</summary>
    public double BidirectionalPassFlops(long positions) => positions * BidirectionalFlopsPerPosition(positions);

    private static double SumOfIntegers(long from, long to) => ((double)(from + to - 1) * (to - from)) / 2.0;

    private static double SumOfSquares(long from, long to) => SquaresUpTo(to - 1) - SquaresUpTo(from - 1);

    private static double SquaresUpTo(long n) => n <= 0 ? 0.0 : (double)n * (n + 1) * ((2.0 * n) + 1) / 6.0;
}
