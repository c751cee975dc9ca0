using ArDivergence.Core.Compute;

namespace ArDivergence.Core.Generators.Speculative;

/// <summary>
/// The compute of one speculative round (semantics §5 and §12), with n = P' + (tokens committed before the round),
/// γ_r drafted tokens and k of them accepted. Each model keeps its own ledger (its own high-water mark and cache):
/// <list type="bullet">
/// <item>draft, KV cache: drafting x_0..x_{γ_r−1} processes positions [a, n + γ_r − 1), a = its cache of committed
/// positions, and reuses its cache at every drafting step; without a cache every drafting step passes over
/// [0, n + i), i = 0..γ_r − 1;</item>
/// <item>target, KV cache: one causal pass over [n − 1, n + γ_r) (the prefill [0, n + γ_r) in the first round),
/// reusing [0, n − 1); without a cache one pass over [0, n + γ_r).</item>
/// </list>
/// Positions n + k.. hold the drafts that were rejected or came after a rejection: the work on them is discarded.
/// After the round each cache keeps the committed positions it processed.
/// </summary>
internal static class SpeculativeCost
{
    public static RoundCompute Charge(
        ref ComputeLedger draftLedger, ref ComputeLedger targetLedger, ComputeConfig draft, ComputeConfig target, long n, int drafted, int accepted)
    {
        var draftDiscarded = drafted == 0 ? 0.0 : ChargeDraft(ref draftLedger, draft, n, drafted, accepted);
        var targetDiscarded = ChargeTarget(ref targetLedger, target, n, drafted, accepted);
        draftLedger.Discard(draftDiscarded);
        targetLedger.Discard(targetDiscarded);
        return new RoundCompute(
            draftLedger.EndStep(draftLedger.CachedUpTo * draft.KvBytesPerPosition),
            targetLedger.EndStep(targetLedger.CachedUpTo * target.KvBytesPerPosition),
            draftDiscarded,
            targetDiscarded);
    }

    private static double ChargeDraft(ref ComputeLedger ledger, ComputeConfig config, long n, int drafted, int accepted)
    {
        var end = n + drafted - 1;
        var rejectedFrom = n + accepted;
        if (!config.KvCache)
        {
            ledger.RepeatedCausalPasses(config, 0, n, end);
            ledger.ThinkRepeatedly(config, drafted);
            var discarded = 0.0;
            for (var e = rejectedFrom + 1; e <= end; e++)
            {
                discarded += config.CausalRangeFlops(rejectedFrom, e);
            }

            return discarded;
        }

        var cached = Math.Min(ledger.CachedUpTo, n);
        ledger.CausalPass(config, cached, end);
        ledger.Reuse(config.CausalRangeFlops(0, cached) + config.CachedPrefixFlopsSum(n, end));
        if (cached == 0)
        {
            ledger.Think(config);
        }
        else
        {
            ledger.ThinkOrReuse(config);
        }

        ledger.SetCachedUpTo(Math.Min(end, rejectedFrom));
        return rejectedFrom < end ? config.CausalRangeFlops(Math.Max(rejectedFrom, cached), end) : 0.0;
    }

    private static double ChargeTarget(ref ComputeLedger ledger, ComputeConfig config, long n, int drafted, int accepted)
    {
        var end = n + drafted;
        var rejectedFrom = n + accepted;
        var cached = config.KvCache ? Math.Min(ledger.CachedUpTo, n - 1) : 0;
        ledger.CausalPass(config, cached, end);
        if (cached > 0)
        {
            ledger.Reuse(config.CausalRangeFlops(0, cached));
            ledger.ThinkOrReuse(config);
        }
        else
        {
            ledger.Think(config);
        }

        ledger.SetCachedUpTo(config.KvCache ? Math.Min(end, rejectedFrom) : 0);
        return rejectedFrom < end ? config.CausalRangeFlops(rejectedFrom, end) : 0.0;
    }
}
