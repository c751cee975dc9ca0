using ArDivergence.Core.Compute;

namespace ArDivergence.Core.Generators;

/// <summary>The compute of one autoregressive step (semantics §5).</summary>
internal static class AutoregressiveCost
{
    /// <summary>
    /// Charges step <paramref name="t"/> of an autoregressive model whose prompt occupies
    /// <paramref name="promptPositions"/> positions; returns the KV-cache positions resident after it.
    /// </summary>
    public static long ChargeStep(ref ComputeLedger ledger, ComputeConfig config, long promptPositions, int t)
    {
        if (!config.KvCache)
        {
            // Everything up to the newest token is processed again; W too.
            ledger.CausalPass(config, 0, promptPositions + t - 1);
            ledger.Think(config);
            return 0;
        }

        if (t == 1)
        {
            ledger.CausalPass(config, 0, promptPositions);
            ledger.Think(config);
            return promptPositions;
        }

        var newest = promptPositions + t - 2;
        ledger.CausalPass(config, newest, newest + 1);
        ledger.Reuse(config.CausalRangeFlops(0, newest));
        ledger.ThinkOrReuse(config);
        return newest + 1;
    }

    /// <summary>
    /// A verifier's redraw at step <paramref name="t"/> (semantics §13, §12): the step's last pass is run again for
    /// a fresh draw, over positions already processed, so all of it is recomputed; and the pass that made the
    /// flagged draw was spent on a token never committed, so as much is discarded.
    /// </summary>
    public static void ChargeRedraw(ref ComputeLedger ledger, ComputeConfig config, long promptPositions, int t)
    {
        var newest = promptPositions + t - 2;
        var from = config.KvCache ? newest : 0;
        ledger.CausalPass(config, from, newest + 1);
        ledger.Discard(config.CausalRangeFlops(from, newest + 1));
    }
}
