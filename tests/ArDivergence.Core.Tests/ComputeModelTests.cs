using ArDivergence.Core.Compute;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tests.Support;

namespace ArDivergence.Core.Tests;

/// <summary>The compute model of semantics §5, against its formulas and the worked GPT-2 small check.</summary>
public class ComputeModelTests
{
    private const double Relative = 1e-12;

    private static readonly ComputeConfig Gpt2 = ComputeConfig.Default;

    [Fact]
    public void Gpt2_small_has_84934656_parameters_and_the_worked_figures()
    {
        Assert.Equal(84_934_656, Gpt2.Parameters);
        Assert.Equal(12.0 * 12 * 768 * 768, Gpt2.Parameters);
        Assert.Equal(188_743_680, Gpt2.CausalFlops(1023));
        Assert.Equal(36_864, Gpt2.KvBytesPerPosition);
    }

    [Fact]
    public void Causal_range_sum_matches_the_sum_of_f_p()
    {
        var direct = Enumerable.Range(17, 300).Sum(p => Gpt2.CausalFlops(p));
        AssertClose(direct, Gpt2.CausalRangeFlops(17, 317));
        var nested = Enumerable.Range(5, 40).Sum(k => Gpt2.CausalRangeFlops(0, k));
        AssertClose(nested, Gpt2.CachedPrefixFlopsSum(5, 45));
    }

    [Fact]
    public void Cached_autoregressive_steps_prefill_then_process_one_position_and_reuse_the_rest()
    {
        const int prompt = 3;
        var records = Lanes.RunToEnd(Spec(prompt, kvCache: true), "ar");
        var first = records[0].Compute;
        AssertClose(Enumerable.Range(0, prompt).Sum(p => Gpt2.CausalFlops(p)), first.Computed);
        Assert.Equal(0, first.Recomputed);
        Assert.Equal(0, first.Reused);
        Assert.Equal(prompt * 36_864L, first.KvCacheBytes);
        for (var t = 2; t <= records.Count; t++)
        {
            var step = records[t - 1].Compute;
            var newest = prompt + t - 2;
            AssertClose(Gpt2.CausalFlops(newest), step.Computed);
            Assert.Equal(0, step.Recomputed);
            AssertClose(Enumerable.Range(0, newest).Sum(p => Gpt2.CausalFlops(p)), step.Reused);
            Assert.Equal((prompt + t - 1) * 36_864L, step.KvCacheBytes);
        }
    }

    [Fact]
    public void Uncached_autoregressive_steps_recompute_every_earlier_position()
    {
        const int prompt = 2;
        var records = Lanes.RunToEnd(Spec(prompt, kvCache: false), "ar");
        for (var t = 1; t <= records.Count; t++)
        {
            var step = records[t - 1].Compute;
            AssertClose(Enumerable.Range(0, prompt + t - 1).Sum(p => Gpt2.CausalFlops(p)), step.Computed);
            var earlier = t == 1 ? 0 : prompt + t - 2;
            AssertClose(Enumerable.Range(0, earlier).Sum(p => Gpt2.CausalFlops(p)), step.Recomputed);
            Assert.Equal(0, step.Reused);
            Assert.Equal(0, step.KvCacheBytes);
        }
    }

    [Fact]
    public void Think_flops_are_computed_once_with_a_cache_and_recomputed_at_every_step_without()
    {
        const double think = 1e12;
        var cached = Lanes.RunToEnd(Spec(1, kvCache: true, think), "ar");
        var uncached = Lanes.RunToEnd(Spec(1, kvCache: false, think), "ar");
        AssertClose(Gpt2.CausalFlops(0) + think, cached[0].Compute.Computed);
        for (var t = 2; t <= cached.Count; t++)
        {
            AssertClose(Gpt2.CausalFlops(t - 1), cached[t - 1].Compute.Computed);
            AssertClose(Gpt2.CausalRangeFlops(0, t - 1) + think, cached[t - 1].Compute.Reused);
            AssertClose(Gpt2.CausalRangeFlops(0, t) + think, uncached[t - 1].Compute.Computed);
            AssertClose(Gpt2.CausalRangeFlops(0, t - 1) + think, uncached[t - 1].Compute.Recomputed);
        }
    }

    [Fact]
    public void One_shot_lanes_pay_one_bidirectional_pass_at_step_one_and_mpc_repays_it_at_every_plan()
    {
        const int length = 6;
        var spec = TestSpecs.Loop(length, ["a", "b"], ["x"], TestSpecs.Joint("one-shot", 0.1), TestSpecs.Mpc("mpc", "one-shot"));
        var oneShot = Lanes.RunToEnd(spec, "one-shot");
        var n = 1 + length;
        AssertClose(n * ((2 * Gpt2.Parameters) + (2.0 * 12 * n * 768)), oneShot[0].Compute.Computed);
        Assert.All(oneShot.Skip(1), r => Assert.Equal(0, r.Compute.Computed));
        Assert.All(oneShot, r => Assert.Equal(0, r.Compute.Discarded));
        var mpc = Lanes.RunToEnd(spec, "mpc");
        for (var t = 1; t <= length; t++)
        {
            var step = mpc[t - 1].Compute;
            var positions = n; // prefix (1 + t − 1) + plan (L − t + 1)
            var perPosition = (2 * Gpt2.Parameters) + (2.0 * 12 * positions * 768);
            AssertClose(positions * perPosition, step.Computed);
            AssertClose(t == 1 ? 0 : positions * perPosition, step.Recomputed);

            // Discarded: the pass over prefix + plan beyond a pass over prefix + the one committed token.
            var kept = t + 1;
            AssertClose(BidirectionalFlops(positions) - BidirectionalFlops(kept), step.Discarded);
        }

        Assert.Equal(0, mpc[length - 1].Compute.Discarded);
    }

    [Fact]
    public void Mpc_with_a_prefix_cache_processes_each_committed_token_once_and_reuses_the_prefix()
    {
        const int length = 5;
        var spec = TestSpecs.Loop(
            length, ["a", "b"], ["x"], TestSpecs.Joint("one-shot", 0.1), TestSpecs.Mpc("mpc", "one-shot", prefixCache: true));
        var mpc = Lanes.RunToEnd(spec, "mpc");
        for (var t = 1; t <= length; t++)
        {
            var step = mpc[t - 1].Compute;
            var prefix = 1 + t - 1;
            var plan = length - t + 1;
            var newPrefix = t == 1 ? Gpt2.CausalRangeFlops(0, 1) : Gpt2.CausalFlops(prefix - 1);
            var planFlops = plan * ((2 * Gpt2.Parameters) + (2.0 * 12 * (prefix + plan) * 768));
            AssertClose(newPrefix + planFlops, step.Computed);
            var keptFlops = (2 * Gpt2.Parameters) + (2.0 * 12 * (prefix + 1) * 768);
            AssertClose(planFlops - keptFlops, step.Discarded);
            AssertClose(t == 1 ? 0 : Gpt2.CausalRangeFlops(0, prefix - 1), step.Reused);
            Assert.Equal(prefix * 36_864L, step.KvCacheBytes);
        }
    }

    [Theory]
    [InlineData(1, 4)]
    [InlineData(2, 3)]
    [InlineData(3, 3)]
    public void Mpc_over_a_cached_autoregressive_model_discards_the_positions_of_uncommitted_plan_tokens(int commit, int horizon)
    {
        const int length = 7;
        var spec = TestSpecs.Loop(
            length, ["a", "b"], ["x"], TestSpecs.Oracle("ar", 0.1), TestSpecs.Mpc("mpc", "ar", commit, horizon, prefixCache: true));
        var mpc = Lanes.RunToEnd(spec, "mpc");
        for (var t = 1; t <= length; t += commit)
        {
            // A plan of h tokens from a prefix of p positions processes positions p .. p + h − 2 (the last
            // token is sampled, never fed back); keeping k of them needs only p .. p + k − 2.
            var prefix = 1 + t - 1;
            var plan = Math.Min(horizon, length - t + 1);
            var kept = Math.Min(commit, plan);
            AssertClose(Gpt2.CausalRangeFlops(prefix + kept - 1, prefix + plan - 1), mpc[t - 1].Compute.Discarded);
            Assert.True(mpc[t - 1].Compute.Discarded <= mpc[t - 1].Compute.Computed);
            for (var u = t + 1; u < Math.Min(t + commit, length + 1); u++)
            {
                Assert.Equal(0, mpc[u - 1].Compute.Discarded);
            }
        }
    }

    [Theory]
    [InlineData(0, 0, 5, 9, false)]
    [InlineData(12, 3, 5, 20, true)]
    [InlineData(4, 4, 5, 5, false)]
    [InlineData(30, 0, 7, 16, true)]
    public void Repeated_passes_in_closed_form_charge_what_pass_by_pass_charging_does(long alreadyProcessed, long from, long firstEnd, long lastEnd, bool thoughtBefore)
    {
        var config = ComputeConfig.Default with { ThinkFlops = 1e9 };
        var byPass = Ledger(alreadyProcessed, thoughtBefore, config);
        for (var end = firstEnd; end <= lastEnd; end++)
        {
            byPass.CausalPass(config, from, end);
            byPass.Think(config);
        }

        var closed = Ledger(alreadyProcessed, thoughtBefore, config);
        closed.RepeatedCausalPasses(config, from, firstEnd, lastEnd);
        closed.ThinkRepeatedly(config, lastEnd - firstEnd + 1);
        var expected = byPass.EndStep(0);
        var actual = closed.EndStep(0);
        AssertClose(expected.Computed, actual.Computed);
        AssertClose(expected.Recomputed, actual.Recomputed);
    }

    private static ComputeLedger Ledger(long processed, bool thought, ComputeConfig config)
    {
        var ledger = default(ComputeLedger);
        ledger.CausalPass(config, 0, processed);
        if (thought)
        {
            ledger.Think(config);
        }

        ledger.EndStep(0);
        return ledger;
    }

    private static ScenarioSpec Spec(int promptLength, bool kvCache, double think = 0) =>
        TestSpecs.Loop(8, ["a", "b"], ["x"], TestSpecs.Oracle("ar", 0.01, compute: new ComputeSpec { KvCache = kvCache, ThinkFlops = think })) with
        {
            Prompt = [.. Enumerable.Repeat("a", promptLength)],
        };

    private static double BidirectionalFlops(int positions) => positions * ((2 * Gpt2.Parameters) + (2.0 * 12 * positions * 768));

    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= Relative * Math.Max(1, Math.Abs(expected)), $"expected {expected:R}, got {actual:R}");
}
