using System.Globalization;
using ArDivergence.Core.Specs;
using ArDivergence.Gguf.Format;
using ArDivergence.Gguf.Models;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Tests.Verbs;

namespace ArDivergence.Tui.Tests.Models;

/// <summary>
/// scenarios/real-model-planted.yaml, the README's real-model walk-through, by its shipped name on a fresh machine
/// (the test run's empty cache): `ardiv run` with the Monte Carlo runs of the golden files, checked against the
/// closed forms: the noisy oracle's token_error 0.01, off_manifold 1 − 0.99^t, compute by §5 from the planted
/// file's metadata. This is the check that the golden files of this scenario hold the right numbers.
/// </summary>
public class ShippedRealModelScenarioTests
{
    private const string Name = "real-model-planted";
    private const int Length = 64;
    private const int Horizon = 8;

    [Fact]
    public void The_real_lanes_have_the_twins_token_error_and_the_twin_has_the_closed_form_off_manifold()
    {
        var rows = Run();
        Assert.Equal(["twin", "real", "mpc"], rows.Select(r => r["lane"]).Distinct());
        foreach (var (lane, steps) in rows.GroupBy(r => r["lane"]).Select(g => (g.Key, g.ToList())))
        {
            Assert.Equal(Enumerable.Range(1, Length), steps.Select(s => int.Parse(s["t"], CultureInfo.InvariantCulture)));

            // Until a lane leaves the manifold token_error is its noisy oracle's 0.01: the planted weights reproduce it to 1e-6.
            var tolerance = lane == "twin" ? 1e-12 : 1e-6;
            Assert.All(steps.Where(s => s["token_error"].Length > 0), s => Assert.Equal(0.01, Number(s, "token_error"), tolerance));
            Assert.Equal(0.01, Number(steps[0], "token_error"), tolerance);
        }

        Assert.All(rows.Where(r => r["lane"] == "twin"), r =>
        {
            Assert.Equal("true", r["off_manifold_exact"]);
            Assert.Equal(1 - Math.Pow(0.99, Number(r, "t")), Number(r, "off_manifold"), 1e-12);
        });
    }

    [Fact]
    public void Monte_Carlo_off_manifold_of_the_real_lanes_covers_one_minus_0_99_to_the_t()
    {
        const int runs = ShippedSamples.RealModelRuns;
        foreach (var lane in new[] { "real", "mpc" })
        {
            var steps = Run().Where(r => r["lane"] == lane).ToList();
            foreach (var step in steps)
            {
                // A fixed-seed check that cannot flake: the estimate within 4.5 sigma (plus one run) of the closed form at every t.
                var exact = 1 - Math.Pow(0.99, Number(step, "t"));
                Assert.Equal("false", step["off_manifold_exact"]);
                var sigma = Math.Sqrt(exact * (1 - exact) / runs);
                Assert.True(Math.Abs(Number(step, "off_manifold") - exact) <= (4.5 * sigma) + (1.0 / runs), $"{lane} t={step["t"]}: {step["off_manifold"]} vs {exact}");
            }

            // ... and the 95% Wilson interval at L contains it (semantics §6).
            var last = steps[^1];
            var atL = 1 - Math.Pow(0.99, Length);
            Assert.InRange(atL, Number(last, "off_manifold_ci95_low"), Number(last, "off_manifold_ci95_high"));
        }
    }

    [Fact]
    public void Compute_is_charged_by_section_5_from_the_planted_files_metadata()
    {
        var source = ScenarioSource.Load(Name);
        var spec = ModelFiles.Resolve(source.Spec!, source.Path, null, out var problem);
        Assert.True(spec is not null, problem);
        var path = ((GgufModelSpec)((AutoregressiveGeneratorSpec)spec.Generators.Single(g => g.Name == "real")).Model).Path;
        Assert.StartsWith(TestSetup.CacheHome, path, StringComparison.Ordinal);
        var info = GgufModelInfo.From(GgufReader.ReadFile(path));
        double layers = info.BlockCount!.Value, d = info.EmbeddingLength!.Value, ff = info.FeedForwardLength!.Value;
        var parameters = 2 * layers * d * ((2 * d) + ff);
        double F(int p) => (2 * parameters) + (2 * layers * (p + 1) * d);
        double Sum(int from, int to) => Enumerable.Range(from, Math.Max(0, to - from + 1)).Sum(F);
        double Attended(int from, int to) => Enumerable.Range(from, Math.Max(0, to - from + 1)).Sum(p => Sum(0, p - 1));
        var kvPerPosition = 2 * layers * info.HeadCountKv!.Value * (d / info.HeadCount!.Value) * 4;

        var rows = Run();
        foreach (var step in rows.Where(r => r["lane"] == "real"))
        {
            // <s> is position 0; step t sends position t − 1 and attends to the t − 1 positions cached before it.
            var t = (int)Number(step, "t");
            AssertCompute(step, computed: F(t - 1), reused: Sum(0, t - 2), recomputed: 0, discarded: 0, kv: t * kvPerPosition);
        }

        foreach (var step in rows.Where(r => r["lane"] == "mpc"))
        {
            // A plan of H = min(8, L − t + 1) tokens sends its first H − 1 at positions t … t + H − 2 (the last needs no
            // decode), each attending to every cached position before it; step 1 also sends <s>. The first plan token is
            // kept, the rest are rolled back (discarded), and positions the previous plan had sent are recomputed.
            var t = (int)Number(step, "t");
            var plan = Math.Min(Horizon, Length - t + 1);
            var last = t + plan - 2;
            var previousLast = t == 1 ? -1 : t + Math.Min(Horizon, Length - t + 2) - 3;
            AssertCompute(
                step,
                computed: Sum(t == 1 ? 0 : t, last),
                reused: Attended(t, last),
                recomputed: Sum(t, Math.Min(last, previousLast)),
                discarded: Sum(t + 1, last),
                kv: (t + plan - 1) * kvPerPosition);
        }
    }

    private static void AssertCompute(Dictionary<string, string> step, double computed, double reused, double recomputed, double discarded, double kv)
    {
        var where = $"{step["lane"]} t={step["t"]}";
        Assert.True(computed == Number(step, "flops_computed"), $"{where}: flops_computed {step["flops_computed"]}, §5 says {computed}");
        Assert.True(reused == Number(step, "flops_reused"), $"{where}: flops_reused {step["flops_reused"]}, §5 says {reused}");
        Assert.True(recomputed == Number(step, "flops_recomputed"), $"{where}: flops_recomputed {step["flops_recomputed"]}, §5 says {recomputed}");
        Assert.True(discarded == Number(step, "flops_discarded"), $"{where}: flops_discarded {step["flops_discarded"]}, §5 says {discarded}");
        Assert.True(kv == Number(step, "kv_cache_bytes"), $"{where}: kv_cache_bytes {step["kv_cache_bytes"]}, §5 says {kv}");
    }

    /// <summary>`ardiv run real-model-planted --format csv` with the golden files' Monte Carlo runs, one dictionary per row.</summary>
    private static List<Dictionary<string, string>> Run()
    {
        var (exit, output, error) = CliRunner.Run("run", Name, "--format", "csv", "--samples", ShippedSamples.Argument(Name, 2000));
        Assert.True(exit == 0, error);
        var lines = output.TrimEnd('\n').Split('\n');
        var header = lines[0].Split(',');

        // The tokens of this scenario (a, b, c, x) hold no commas, so a plain split finds the columns.
        return [.. lines.Skip(1).Select(line => header.Zip(line.Split(',')).ToDictionary(p => p.First, p => p.Second))];
    }

    private static double Number(Dictionary<string, string> row, string column) => double.Parse(row[column], CultureInfo.InvariantCulture);
}
