using ArDivergence.Core.Compute;

namespace ArDivergence.Core.Generators;

/// <summary>
/// The compute of one plan of a one-shot or mpc lane (semantics §5): the inner model's cost over
/// prefix + plan; with a prefix cache the committed prefix is processed causally once and reused,
/// and only the plan's positions are computed, attending to it.
/// </summary>
internal static class PlanCost
{
    /// <summary>
    /// Charges a plan of <paramref name="positions"/> tokens after <paramref name="prefix"/> committed positions,
    /// of which the first <paramref name="committed"/> will be kept. The work on the others is discarded
    /// (semantics §12): what the plan computes beyond a plan of only the kept tokens.
    /// </summary>
    public static void Charge(
        ref ComputeLedger ledger, ComputeConfig config, bool innerIsAutoregressive, bool prefixCache, long prefix, long positions, long committed)
    {
        // Computed FLOPs do not depend on what earlier steps did (only recomputed does), so a throwaway copy
        // of the ledger prices the plan without its uncommitted tokens, beside the real charge of the whole plan.
        var kept = ledger;
        Charge(ref ledger, config, innerIsAutoregressive, prefixCache, prefix, positions);
        if (committed < positions)
        {
            Charge(ref kept, config, innerIsAutoregressive, prefixCache, prefix, committed);
            ledger.Discard(ledger.ComputedThisStep - kept.ComputedThisStep);
        }
    }

    private static void Charge(ref ComputeLedger ledger, ComputeConfig config, bool innerIsAutoregressive, bool prefixCache, long prefix, long positions)
    {
        if (prefixCache)
        {
            var cached = ledger.CachedUpTo;
            ledger.CausalPass(config, cached, prefix);
            ledger.Reuse(config.CausalRangeFlops(0, cached));
            ledger.ThinkOrReuse(config);
            ledger.SetCachedUpTo(prefix);
        }

        if (!innerIsAutoregressive)
        {
            if (prefixCache)
            {
                ledger.BidirectionalPass(config, prefix, prefix + positions, prefix + positions);
            }
            else
            {
                ledger.BidirectionalPass(config, 0, prefix + positions, prefix + positions);
                ledger.Think(config);
            }

            return;
        }

        ChargeAutoregressivePlan(ref ledger, config, prefixCache, prefix, positions);
    }

    /// <summary>
    /// An autoregressive inner model generating the plan token by token from the prefix: with its own
    /// KV cache it processes each position once and reuses earlier ones within the plan; without, every
    /// plan step processes everything not held by the mpc prefix cache again.
    /// </summary>
    private static void ChargeAutoregressivePlan(ref ComputeLedger ledger, ComputeConfig config, bool prefixCache, long prefix, long positions)
    {
        var start = prefixCache ? prefix : 0;
        if (config.KvCache)
        {
            ledger.CausalPass(config, start, prefix + positions - 1);
            if (!prefixCache)
            {
                ledger.Think(config);
            }

            ledger.Reuse(config.CachedPrefixFlopsSum(prefix, prefix + positions - 1));
            ledger.Reuse((positions - 1) * config.ThinkFlops);
            return;
        }

        if (prefixCache)
        {
            // Plan step s ≥ 2 processes the plan's positions [prefix, prefix + s − 1) again; the prefix is cached.
            ledger.RepeatedCausalPasses(config, prefix, prefix + 1, prefix + positions - 1);
            ledger.Reuse((positions - 1) * (config.CausalRangeFlops(0, prefix) + config.ThinkFlops));
            return;
        }

        // Plan step s processes everything, [0, prefix + s − 1), and W, again.
        ledger.RepeatedCausalPasses(config, 0, prefix, prefix + positions - 1);
        ledger.ThinkRepeatedly(config, positions);
    }
}
