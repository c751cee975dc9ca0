using ArDivergence.Core.Generators;
using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tests.Support;
using ArDivergence.Core.Tokens;
using CsCheck;

namespace ArDivergence.Core.Tests;

/// <summary>
/// The verifier of semantics §13: its closed forms against brute-force enumeration of the draws, against exact
/// dynamic programming over the lane, and against Monte Carlo runs that really redraw.
/// </summary>
public class VerifierTests
{
    private const double Tolerance = 1e-12;

    /// <summary>A valid set {a, b, c} on one looping state, x and y never valid, and a verified oracle.</summary>
    private static ScenarioSpec Loop(double error, double detect, double falseAlarm, int retries, int length) =>
        TestSpecs.Loop(length, ["a", "b", "c"], ["x", "y"], Verified("verified", error, detect, falseAlarm, retries));

    private static AutoregressiveGeneratorSpec Verified(string name, double error, double detect, double falseAlarm, int retries) =>
        TestSpecs.Oracle(name, error) with { Verifier = new VerifierSpec(detect, falseAlarm, retries) };

    private static readonly Gen<(double E, double D, double F, int M)> Cases =
        from e in Gen.Double[0.0, 0.9]
        from d in Gen.Double[0.0, 1.0]
        from f in Gen.Double[0.0, 0.9]
        from m in Gen.Int[0, 5]
        select (e, d, f, m);

    /// <summary>
    /// P(kept = v) by walking every sequence of draws and flags: try i keeps v when the i − 1 draws before were
    /// flagged and v was not (or i = m + 1). No geometric sums: a check on the closed-form mixture.
    /// </summary>
    private static double[] KeptByEnumeration(double[] p, bool[] valid, double detect, double falseAlarm, int retries)
    {
        var kept = new double[p.Length];
        void Walk(double reach, int draw)
        {
            for (var v = 0; v < p.Length; v++)
            {
                var flag = valid[v] ? falseAlarm : detect;
                if (draw > retries)
                {
                    kept[v] += reach * p[v];
                    continue;
                }

                kept[v] += reach * p[v] * (1 - flag);
                if (reach * p[v] * flag > 0)
                {
                    Walk(reach * p[v] * flag, draw + 1);
                }
            }
        }

        Walk(1.0, 1);
        return kept;
    }

    [Fact]
    public void The_kept_token_distribution_is_the_closed_form_mixture_of_every_draw_sequence()
    {
        Cases.Sample(c =>
        {
            // V = {a, b, c, x, y}; A = {a, b, c} with P* uniform; noise on x and y.
            var moves = new MoveSet(5, [0, 1, 2], [0, 0, 0], [1 / 3.0, 1 / 3.0, 1 / 3.0]);
            var model = TokenDistribution.Create(5, [0, 1, 2], [.. Enumerable.Repeat((1 - c.E) / 3, 3)], c.E, [0, 1, 2]);
            var verifier = new Verifier(c.D, c.F, Math.Min(c.M, 4));
            var effective = verifier.Effective(model, moves);
            var p = Enumerable.Range(0, 5).Select(model.Probability).ToArray();
            var brute = KeptByEnumeration(p, [true, true, true, false, false], c.D, c.F, verifier.Retries);
            for (var v = 0; v < 5; v++)
            {
                Assert.True(Math.Abs(effective.Probability(v) - brute[v]) <= Tolerance, $"{c} v={v}: {effective.Probability(v)} vs {brute[v]}");
            }

            Assert.True(Math.Abs(effective.MassOutside(moves.Tokens) - verifier.TokenError(c.E)) <= Tolerance);
        }, iter: 200);
    }

    [Fact]
    public void Exact_off_manifold_of_a_verified_lane_is_one_minus_one_minus_the_closed_form_to_the_L()
    {
        Cases.Sample(c =>
        {
            const int length = 12;
            var spec = Loop(c.E, c.D, c.F, c.M, length);
            var a = c.E * (1 - c.D);
            var r = (c.E * c.D) + ((1 - c.E) * c.F);
            var closed = r == 1 ? (a * c.M) + c.E : (a * (1 - Math.Pow(r, c.M)) / (1 - r)) + (c.E * Math.Pow(r, c.M));
            var exact = Lanes.ExactOffAtEnd(spec, "verified");
            Assert.True(Math.Abs(exact - (1 - Math.Pow(1 - closed, length))) <= 1e-11, $"{c}: exact {exact}, closed form {closed}");
            var steps = Lanes.RunToEnd(spec, "verified");
            foreach (var step in steps.Where(s => s.TokenError is not null))
            {
                Assert.True(Math.Abs(step.TokenError!.Value - closed) <= Tolerance, $"{c} t={step.T}: token_error {step.TokenError} vs {closed}");
            }
        }, iter: 60);
    }

    [Theory]
    [InlineData(0.3, 1.0, 1.0, 3)]
    [InlineData(0.0, 0.5, 1.0, 2)]
    [InlineData(1.0, 1.0, 0.2, 4)]
    public void With_r_equal_to_1_the_token_error_is_a_m_plus_e_and_every_draw_is_made(double e, double d, double f, int m)
    {
        var verifier = new Verifier(d, f, m);
        Assert.Equal(1.0, verifier.FlagProbability(e), 12);
        Assert.Equal((e * (1 - d) * m) + e, verifier.TokenError(e), 12);
        Assert.Equal(m + 1, verifier.ExpectedDraws(e), 12);

        // The closed form is continuous at r = 1: just below it, the geometric sums are close to m and m + 1.
        var nearly = new Verifier(d, f - 1e-7, m);
        Assert.True(Math.Abs(nearly.TokenError(e) - verifier.TokenError(e)) < 1e-5);
        Assert.True(Math.Abs(nearly.ExpectedDraws(e) - verifier.ExpectedDraws(e)) < 1e-5);
    }

    [Fact]
    public void Counted_draws_match_the_expected_draws()
    {
        foreach (var (e, d, f, m) in new[] { (0.2, 0.9, 0.1, 3), (0.5, 0.6, 0.3, 1), (0.05, 1.0, 0.0, 2) })
        {
            var moves = new MoveSet(5, [0, 1, 2], [0, 0, 0], [1 / 3.0, 1 / 3.0, 1 / 3.0]);
            var model = TokenDistribution.Create(5, [0, 1, 2], [.. Enumerable.Repeat((1 - e) / 3, 3)], e, [0, 1, 2]);
            var verifier = new Verifier(d, f, m);
            var random = new SeededRandom(42);
            const int n = 200_000;
            var sum = 0.0;
            var sumSquares = 0.0;
            for (var i = 0; i < n; i++)
            {
                var (_, draws) = verifier.Draw(model, moves, ref random);
                sum += draws;
                sumSquares += (double)draws * draws;
            }

            var mean = sum / n;
            var standardError = Math.Sqrt(((sumSquares / n) - (mean * mean)) / n);
            Assert.True(Math.Abs(mean - verifier.ExpectedDraws(e)) <= 4 * standardError + 1e-12, $"e={e} d={d} f={f} m={m}: {mean} vs {verifier.ExpectedDraws(e)}");
        }
    }

    [Fact]
    public void The_step_records_count_the_draws_and_price_each_redraw_as_recomputed_and_discarded_work()
    {
        var spec = Loop(0.4, 0.9, 0.2, 3, 60);
        var steps = Lanes.RunToEnd(spec, "verified");
        var plain = Lanes.RunToEnd(TestSpecs.Loop(60, ["a", "b", "c"], ["x", "y"], TestSpecs.Oracle("verified", 0.4)), "verified");
        Assert.Contains(steps, s => s.Draws > 1);
        Assert.All(steps, s => Assert.InRange(s.Draws!.Value, 1, 4));
        foreach (var (step, reference) in steps.Zip(plain))
        {
            // Each redraw reprocesses the step's newest position, f(P′ + t − 2): computed, recomputed and discarded.
            var redraws = step.Draws!.Value - 1;
            var extra = step.Compute.Computed - reference.Compute.Computed;
            Assert.Equal(extra, step.Compute.Recomputed, 6);
            Assert.Equal(extra, step.Compute.Discarded, 6);
            Assert.Equal(redraws == 0, extra == 0);
        }
    }

    [Fact]
    public void Monte_Carlo_runs_that_redraw_agree_with_the_exact_value()
    {
        var spec = Loop(0.05, 0.8, 0.1, 2, 30);
        var scenario = ScenarioCompiler.Compile(spec);
        var lane = scenario.Generator("verified");
        var exact = new ExactOffManifold(lane).At(30)!.Value;
        var histogram = MonteCarloEstimator.Run(lane, seed: 7, samples: 20_000, maxThreads: 1);
        var interval = histogram.Interval(30);
        Assert.InRange(exact, interval.Lower, interval.Upper);
    }
}
