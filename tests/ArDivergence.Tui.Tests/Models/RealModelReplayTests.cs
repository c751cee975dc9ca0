using System.Text.Json;
using ArDivergence.Tui.Tests.Verbs;

namespace ArDivergence.Tui.Tests.Models;

/// <summary>A session with real-model lanes is recorded, replays to the same numbers, and prints its decode times.</summary>
public class RealModelReplayTests
{
    [Fact]
    public void A_recorded_run_with_real_model_lanes_replays_and_agrees()
    {
        using var scenario = new PlantedScenario(length: 12);
        var log = scenario.InFolder("session.log");
        var (exit, output, error) = CliRunner.Run("run", scenario.File, "--format", "json", "--samples", "20", "--log", log);
        Assert.True(exit == 0, error);
        using (var json = JsonDocument.Parse(output))
        {
            var real = json.RootElement.GetProperty("lanes").EnumerateArray().Single(l => l.GetProperty("name").GetString() == "real");
            Assert.All(real.GetProperty("steps").EnumerateArray(), s => Assert.True(s.GetProperty("decode_ms").GetDouble() >= 0));
            Assert.All(real.GetProperty("steps").EnumerateArray(), s => Assert.Equal(0.01, s.GetProperty("token_error").GetDouble(), 1e-6));
        }

        var replay = CliRunner.Run("replay", log);
        Assert.True(replay.Exit == 0, replay.Error);
    }

    [Fact]
    public void Estimate_gives_a_real_model_lane_a_Monte_Carlo_interval_with_the_real_model_default_of_200_runs()
    {
        using var scenario = new PlantedScenario(length: 10);
        var (exit, output, error) = CliRunner.Run("estimate", scenario.File, "--format", "json", "--lane", "real");
        Assert.True(exit == 0, error);
        Assert.Contains("Monte Carlo with 200 runs", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        var mc = json.RootElement.GetProperty("lanes")[0].GetProperty("off_manifold_mc");
        var interval = mc.GetProperty("ci95").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.InRange(1 - Math.Pow(0.99, 10), interval[0], interval[1]);
    }
}
