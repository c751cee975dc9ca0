using System.Text.Json;
using ArDivergence.Core.Debugging;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Specs;
using ArDivergence.Scenarios;

namespace ArDivergence.Tui.Tests.Verbs;

/// <summary>Every shipped scenario runs headless to its end, and `run` / `estimate` print the issue's JSON shapes.</summary>
public class ShippedScenarioRunTests
{
    private static readonly string[] StepKeys =
    [
        "t", "token", "token_prob", "on_manifold", "token_error", "path_off", "off_manifold", "off_manifold_exact",
        "lecun_naive", "flops_computed", "flops_recomputed", "flops_reused", "kv_cache_bytes", "flops_computed_total",
        "flops_recomputed_total", "flops_reused_total", "kv_cache_bytes_peak", "top",
    ];

    private static readonly string[] EstimateKeys =
    [
        "name", "kind", "off_manifold_exact", "off_manifold_mc", "lecun_naive", "mean_token_error", "flops_computed",
        "flops_recomputed", "flops_reused", "kv_cache_bytes_peak",
    ];

    public static TheoryData<string> Names() => [.. ShippedScenarios.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void Run_steps_every_lane_to_the_end_and_prints_the_numbers_of_the_session(string name)
    {
        var (exit, output, error) = CliRunner.Run("run", name, "--format", "json", "--samples", ShippedSamples.Argument(name, 2000));
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var spec = ShippedScenarios.Find(name)!.Load().Spec!;
        Assert.Equal(name, root.GetProperty("scenario").GetString());
        Assert.Equal(spec.Seed, root.GetProperty("seed").GetInt64());
        var length = root.GetProperty("length").GetInt32();
        var lanes = root.GetProperty("lanes").EnumerateArray().ToArray();
        Assert.Equal(spec.Generators.Select(g => g.Name), lanes.Select(l => l.GetProperty("name").GetString()));
        foreach (var lane in lanes)
        {
            // A masked-diffusion lane takes its S steps (several positions each); every other lane one step per position.
            var generator = spec.Generators.Single(g => g.Name == lane.GetProperty("name").GetString());
            var count = generator is MaskedDiffusionGeneratorSpec diffusion ? diffusion.Steps : length;
            var steps = lane.GetProperty("steps").EnumerateArray().ToArray();

            // A trace lane steps through its recording, which may end before L; on a text manifold a lane ends at its EOS (semantics §8).
            var endsEarly = lane.GetProperty("kind").GetString() == "trace" || spec.Manifold is TextManifoldSpec;
            Assert.True(endsEarly ? steps.Length is > 0 && steps.Length <= length : steps.Length == count, $"{name}: {steps.Length} steps");
            Assert.Equal(Enumerable.Range(1, steps.Length), steps.Select(s => s.GetProperty("t").GetInt32()));
            foreach (var key in StepKeys)
            {
                Assert.All(steps, s => Assert.True(s.TryGetProperty(key, out _), $"{name}/{lane.GetProperty("name")}: step lacks '{key}'"));
            }

            Assert.All(steps, s => Assert.InRange(s.GetProperty("off_manifold").GetDouble(), 0.0, 1.0));
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Run_json_matches_a_session_driven_directly(string name)
    {
        var session = ShippedSessions.Open(name);
        for (var t = 0; t < session.Scenario.Length; t++)
        {
            session.Execute(new StepCommand());
        }

        var direct = session.Snapshot;
        var (_, output, _) = CliRunner.Run("run", name, "--format", "json", "--samples", ShippedSamples.Argument(name, 2000));
        using var json = JsonDocument.Parse(output);
        foreach (var lane in json.RootElement.GetProperty("lanes").EnumerateArray())
        {
            var expected = direct.Lane(lane.GetProperty("name").GetString()!);
            foreach (var step in lane.GetProperty("steps").EnumerateArray())
            {
                var record = expected.Steps[step.GetProperty("t").GetInt32() - 1];
                var ownTokens = direct.Scenario.Generator(expected.Name).Context.TextTokens;
                Assert.Equal(ownTokens is { } text ? text.Text(record.Token) : direct.TokenText(record.Token), step.GetProperty("token").GetString());
                AssertMetric(record.PathOffValue, step.GetProperty("path_off"));
                Assert.Equal(record.Compute.Computed, step.GetProperty("flops_computed").GetDouble());
                Assert.Equal(record.Totals.Computed, step.GetProperty("flops_computed_total").GetDouble());
                Assert.Equal(record.Totals.PeakKvCacheBytes, step.GetProperty("kv_cache_bytes_peak").GetInt64());
                AssertMetric(record.TokenErrorValue, step.GetProperty("token_error"));
            }
        }
    }

    /// <summary>A metric in run JSON: null when absent, a number, or [low, high] for bounds (a trace lane's).</summary>
    private static void AssertMetric(MetricValue expected, JsonElement actual)
    {
        switch (expected.Knowledge)
        {
            case MetricKnowledge.Absent:
                Assert.Equal(JsonValueKind.Null, actual.ValueKind);
                break;
            case MetricKnowledge.Number:
                Assert.Equal(expected.Low, actual.GetDouble());
                break;
            default:
                Assert.Equal([expected.Low, expected.High], actual.EnumerateArray().Select(e => e.GetDouble()));
                break;
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Estimate_prints_exact_and_monte_carlo_that_agree(string name)
    {
        var samples = ShippedSamples.For(name, 4000);
        var (exit, output, error) = CliRunner.Run("estimate", name, "--method", "both", "--samples", $"{samples}", "--format", "json");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        foreach (var lane in json.RootElement.GetProperty("lanes").EnumerateArray())
        {
            foreach (var key in EstimateKeys)
            {
                Assert.True(lane.TryGetProperty(key, out _), $"{name}: lane lacks '{key}'");
            }

            var mc = lane.GetProperty("off_manifold_mc");
            if (lane.GetProperty("kind").GetString() == "trace")
            {
                // A trace lane's samples are its recordings, not fresh runs.
                Assert.InRange(mc.GetProperty("samples").GetInt32(), 1, samples);
                continue;
            }

            Assert.Equal(samples, mc.GetProperty("samples").GetInt32());
            if (lane.GetProperty("off_manifold_exact").ValueKind == JsonValueKind.Number)
            {
                // A 4.5-sigma band (plus one run) around the exact value: a fixed-seed check that cannot flake.
                var exact = lane.GetProperty("off_manifold_exact").GetDouble();
                var estimate = mc.GetProperty("estimate").GetDouble();
                var sigma = Math.Sqrt(exact * (1 - exact) / samples);
                Assert.True(
                    Math.Abs(estimate - exact) <= (4.5 * sigma) + (1.0 / samples),
                    $"{name}/{lane.GetProperty("name")}: mc {estimate} vs exact {exact}");
            }
        }
    }

    [Fact]
    public void Csv_has_a_header_and_one_row_per_step()
    {
        var (exit, output, _) = CliRunner.Run("run", "danke-schoen", "--format", "csv");
        Assert.Equal(0, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.StartsWith("lane,kind,t,token,token_prob,on_manifold,token_error,token_error_low,token_error_high,path_off,off_manifold,off_manifold_exact", lines[0]);
        var spec = ShippedScenarios.Find("danke-schoen")!.Load().Spec!;
        Assert.Equal(1 + (spec.Generators.Count * 2), lines.Length);
    }
}
