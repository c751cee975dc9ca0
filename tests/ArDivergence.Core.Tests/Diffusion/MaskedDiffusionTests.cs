using ArDivergence.Core.Generators;
using ArDivergence.Core.Generators.Diffusion;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tests.Support;
using MathNet.Numerics.Distributions;

namespace ArDivergence.Core.Tests.Diffusion;

/// <summary>Masked-diffusion lanes against closed forms (semantics §11), the exact step law against sampling.</summary>
public class MaskedDiffusionTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Danke_schoen_in_one_step_is_off_half_the_time_and_in_L_steps_never()
    {
        var spec = DiffusionSpecs.Danke(DiffusionSpecs.Diffusion("one", 0, steps: 1), DiffusionSpecs.Diffusion("each", 0, steps: 2));
        Assert.Equal(0.5, Lanes.ExactOffAtEnd(spec, "one"), Tolerance);
        Assert.Equal(0.0, Lanes.ExactOffAtEnd(spec, "each"));
    }

    /// <summary>
    /// Danke with ε = 0.2 (noise over the 4 tokens with zero marginal, so a valid draw has probability 0.4 and an
    /// invalid one 0.05). In one step both positions are drawn independently, on the manifold only when both are
    /// valid and match: 1 − 0.8²·0.5 = 0.68. In two steps with random remasking the first commit is invalid with
    /// probability ε = 0.2, and the second, drawn from the exact conditional given a valid first, with ε again:
    /// 1 − 0.8² = 0.36. With low_confidence the first step commits the more confident of two draws, invalid only when
    /// both are: ε² = 0.04, and 1 − (1 − ε²)(1 − ε) = 0.232 at the end.
    /// </summary>
    [Fact]
    public void Noisy_danke_schoen_follows_its_closed_forms_and_the_token_error_is_the_steps_off_mass()
    {
        var spec = DiffusionSpecs.Danke(
            DiffusionSpecs.Diffusion("one", 0.2, steps: 1),
            DiffusionSpecs.Diffusion("random", 0.2, steps: 2, remasking: Remasking.Random),
            DiffusionSpecs.Diffusion("confident", 0.2, steps: 2));
        var scenario = ScenarioCompiler.Compile(spec);
        var one = new ExactOffManifold(scenario.Generator("one"));
        var random = new ExactOffManifold(scenario.Generator("random"));
        var confident = new ExactOffManifold(scenario.Generator("confident"));
        Assert.Equal(0.68, one.At(1)!.Value, Tolerance);
        Assert.Equal(0.68, one.At(2)!.Value, Tolerance);
        Assert.Equal(0.2, random.At(1)!.Value, Tolerance);
        Assert.Equal(0.36, random.At(2)!.Value, Tolerance);
        Assert.Equal(0.04, confident.At(1)!.Value, Tolerance);
        Assert.Equal(0.232, confident.At(2)!.Value, Tolerance);

        var step = Assert.Single(Lanes.RunToEnd(spec, "one"));
        Assert.Equal(0.68, step.TokenError!.Value, Tolerance);
        Assert.Equal(2, step.Writes.Count);
        Assert.Equal(0.2, Lanes.RunToEnd(spec, "random")[0].TokenError!.Value, Tolerance);
        Assert.Equal(0.04, Lanes.RunToEnd(spec, "confident")[0].TokenError!.Value, Tolerance);
    }

    [Theory]
    [InlineData(Remasking.LowConfidence)]
    [InlineData(Remasking.Random)]
    public void Monte_Carlo_runs_agree_with_the_exact_curve(Remasking remasking)
    {
        var spec = DiffusionSpecs.TwoStates(4, DiffusionSpecs.Diffusion("d", 0.25, steps: 2, remasking: remasking, noise: NoiseMode.Uniform));
        var lane = ScenarioCompiler.Compile(spec).Generator("d");
        var exact = new ExactOffManifold(lane);
        var runs = MonteCarloEstimator.Run(lane, 5, 20_000, maxThreads: 1);
        for (var t = 1; t <= 2; t++)
        {
            var value = exact.At(t)!.Value;
            Assert.True(runs.Interval(t).Contains(value), $"t = {t}: exact {value}, Monte Carlo {runs.Interval(t)}");
        }
    }

    [Theory]
    [InlineData(Remasking.LowConfidence, 0)]
    [InlineData(Remasking.Random, 0)]
    [InlineData(Remasking.LowConfidence, 1)]
    [InlineData(Remasking.Random, 1)]
    public void Sampled_steps_fit_the_enumerated_step_law(Remasking remasking, int committedBefore)
    {
        const int Runs = 20_000;
        var spec = DiffusionSpecs.TwoStates(4, DiffusionSpecs.Diffusion("d", 0.3, steps: 3, remasking: remasking));
        var lane = (MaskedDiffusionGenerator)ScenarioCompiler.Compile(spec).Generator("d");

        // Step 1 from the empty canvas, or step 2 after position 3 was committed as 'a' (id 0).
        var canvas = committedBefore == 0 ? Canvas.Empty(4) : Canvas.Empty(4).With([new TokenWrite(3, 0)]);
        var step = committedBefore + 1;
        var law = lane.StepLaw(canvas, step)!;
        Assert.Equal(1.0, law.Sum(e => e.Probability), 1e-9);
        var block = lane.Schedule.At(step);
        var view = lane.Denoiser.View(canvas);
        var masked = MaskedDiffusionGenerator.MaskedIn(canvas, block);
        var counts = new Dictionary<string, int>();
        var random = StreamKeys.ForRun(3, "d", committedBefore);
        for (var run = 0; run < Runs; run++)
        {
            var key = Key(DenoisingStep.Sample(view, masked, block.Commits, remasking, ref random));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var g = 0.0;
        foreach (var entry in law)
        {
            var observed = counts.GetValueOrDefault(Key(entry.Writes));
            counts.Remove(Key(entry.Writes));
            if (observed > 0)
            {
                g += 2 * observed * Math.Log(observed / (entry.Probability * Runs));
            }
        }

        Assert.Empty(counts);
        var p = 1 - ChiSquared.CDF(law.Count - 1, g);
        Assert.True(p > 1e-6, $"G = {g:F1} on {law.Count - 1} degrees of freedom, p = {p:G3}");
    }

    /// <summary>
    /// Danke (P' = 2, L = 2), GPT-2 small (N = 84,934,656): a bidirectional pass over 4 positions costs
    /// 4·(2N + 2·12·4·768) = 4·170,016,768 FLOPs. Two steps without a cache: the second pass is all recomputed, and the
    /// first step's prediction at the position it leaves masked is discarded (one position's share). With a prefix cache and
    /// blocks of 1, step 2 passes over position 4 only and reuses the 3 cached positions (36,864 bytes each).
    /// </summary>
    [Fact]
    public void Compute_follows_the_bidirectional_pass_model()
    {
        const double PerPosition = (2 * 84_934_656.0) + (2 * 12 * 4 * 768);
        var spec = DiffusionSpecs.Danke(
            DiffusionSpecs.Diffusion("plain", 0, steps: 2),
            DiffusionSpecs.Diffusion("cached", 0, steps: 2, blockLength: 1, prefixCache: true));
        var plain = Lanes.RunToEnd(spec, "plain");
        Assert.Equal(4 * PerPosition, plain[0].Compute.Computed);
        Assert.Equal(0, plain[0].Compute.Recomputed);
        Assert.Equal(PerPosition, plain[0].Compute.Discarded);
        Assert.Equal(0, plain[1].Compute.Discarded);
        Assert.Equal(4 * PerPosition, plain[1].Compute.Computed);
        Assert.Equal(4 * PerPosition, plain[1].Compute.Recomputed);
        Assert.Equal(0, plain[1].Compute.KvCacheBytes);

        var cached = Lanes.RunToEnd(spec, "cached");
        Assert.Equal(4 * PerPosition, cached[0].Compute.Computed);
        Assert.Equal(3 * 36_864, cached[0].Compute.KvCacheBytes);
        Assert.Equal(PerPosition, cached[1].Compute.Computed);
        Assert.Equal(PerPosition, cached[1].Compute.Recomputed);
        Assert.Equal(3 * PerPosition, cached[1].Compute.Reused);
        Assert.Equal(4 * 36_864, cached[1].Compute.KvCacheBytes);
    }

    [Fact]
    public void The_step_table_lists_every_committed_position_and_the_lane_is_finished_after_S_steps()
    {
        var spec = DiffusionSpecs.TwoStates(6, DiffusionSpecs.Diffusion("d", 0.1, steps: 4, blockLength: 3));
        var steps = Lanes.RunToEnd(spec, "d");
        Assert.Equal(4, steps.Count);
        Assert.Equal([2, 1, 2, 1], steps.Select(s => s.Writes.Count));
        Assert.Equal(Enumerable.Range(1, 6), steps.SelectMany(s => s.Writes).Select(w => w.Position).Order());
        Assert.All(steps.Take(2).SelectMany(s => s.Writes), w => Assert.InRange(w.Position, 1, 3));
    }

    /// <summary>
    /// 12 masked positions with uniform noise over 3 tokens: 3^12 = 531,441 joint draws, over the enumeration limit, so the
    /// first step's token error is a 95% interval from resampling; it must contain the exact value (enumerated here
    /// with a larger limit), and path metrics skip it.
    /// </summary>
    [Fact]
    public void A_step_too_large_to_enumerate_reports_its_token_error_as_an_interval_around_the_exact_value()
    {
        var spec = DiffusionSpecs.TwoStates(12, DiffusionSpecs.Diffusion("d", 0.2, steps: 2, noise: NoiseMode.Uniform));
        var lane = (MaskedDiffusionGenerator)ScenarioCompiler.Compile(spec).Generator("d");
        Assert.Null(lane.StepLaw(Canvas.Empty(12), 1));
        var law = lane.StepLaw(Canvas.Empty(12), 1, maxOutcomes: 1_000_000)!;
        var exact = law.Where(e => !ConditionalMarginals.IsConsistent(lane.Context.Manifold, Canvas.Empty(12).With(e.Writes))).Sum(e => e.Probability);

        var first = Lanes.RunToEnd(spec, "d")[0];
        Assert.Null(first.TokenError);
        Assert.Equal(MetricKnowledge.Interval, first.TokenErrorValue.Knowledge);
        Assert.InRange(exact, first.TokenErrorValue.Low, first.TokenErrorValue.High);
        Assert.Equal(0, first.Accumulators.ErrorCount);
    }

    private static string Key(IEnumerable<TokenWrite> writes) => string.Join(';', writes.Select(w => $"{w.Position}:{w.Token}"));
}
