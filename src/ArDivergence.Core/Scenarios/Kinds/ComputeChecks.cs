using ArDivergence.Core.Specs;
using static ArDivergence.Core.Scenarios.SpecText;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary>The checks of a lane's <c>compute:</c>, shared by the kinds that have one.</summary>
public static class ComputeChecks
{
    /// <summary>Attention heads must split d_model evenly, and key/value heads must group the heads evenly.</summary>
    public static void Check(ComputeSpec compute, GeneratorCheck check)
    {
        ArgumentNullException.ThrowIfNull(compute);
        ArgumentNullException.ThrowIfNull(check);
        if (compute.DModel < 1 || compute.Heads < 1 || compute.KvHeads < 1)
        {
            return;
        }

        // The default as ComputeConfig resolves it; the KV cache size uses d_head = d_model / heads in integers.
        var heads = compute.Heads ?? Math.Max(1, compute.DModel / 64);
        if (compute.DModel % heads != 0)
        {
            var (where, what) = compute.Heads is null
                ? (".d_model", Invariant($"d_model {compute.DModel} is not divisible by the default heads (d_model/64 = {heads}); give heads"))
                : (".heads", Invariant($"d_model {compute.DModel} is not divisible by heads {heads}"));
            check.Report(".compute" + where, what);
            return;
        }

        if (compute.KvHeads is { } kvHeads && heads % kvHeads != 0)
        {
            check.Report(".compute.kv_heads", Invariant($"heads {heads} is not divisible by kv_heads {kvHeads}"));
            return;
        }

        if (compute.DFf is null && compute.DModel > int.MaxValue / 4)
        {
            check.Report(".compute.d_model", Invariant($"d_model {compute.DModel:N0} is too large for the default d_ff = 4·d_model (at most {int.MaxValue:N0}); give d_ff"));
        }

        var kvBytes = 2.0 * compute.Layers * (compute.KvHeads ?? heads) * (compute.DModel / heads) * compute.BytesPerValue;
        if (kvBytes > ScenarioValidator.MaxKvBytesPerPosition)
        {
            check.Report(".compute", Invariant(
                $"the KV cache needs {kvBytes:G3} bytes per position (2·layers·kv_heads·d_head·bytes_per_value), over the limit of {ScenarioValidator.MaxKvBytesPerPosition:N0} (1 TiB); the compute totals would overflow"));
        }
    }
}
