using System.Text.Json;
using ArDivergence.Tui.Tests.Verbs;

namespace ArDivergence.Tui.Tests.Models;

/// <summary>examples/real-model-planted.yaml, the README's real-model walk-through, runs headless to its end on a fresh machine.</summary>
public class RealModelExampleTests
{
    [Fact]
    public void The_planted_example_runs_to_its_end_with_the_twins_token_errors()
    {
        var file = Path.Combine(RepositoryFiles.Root, "examples", "real-model-planted.yaml");
        var (exit, output, error) = CliRunner.Run("run", file, "--format", "json", "--samples", "20");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var lanes = json.RootElement.GetProperty("lanes").EnumerateArray().ToDictionary(l => l.GetProperty("name").GetString()!);
        Assert.Equal(["twin", "real", "mpc"], lanes.Keys);
        foreach (var lane in lanes.Values)
        {
            var steps = lane.GetProperty("steps").EnumerateArray().ToArray();
            Assert.Equal(64, steps.Length);
            Assert.All(
                steps.Where(s => s.GetProperty("token_error").ValueKind == JsonValueKind.Number),
                s => Assert.Equal(0.01, s.GetProperty("token_error").GetDouble(), 1e-6));
        }

        // mpc rolls back and redoes its plan tokens: work recomputed and discarded, which a plain lane never has.
        var mpc = lanes["mpc"].GetProperty("steps").EnumerateArray().Last();
        Assert.True(mpc.GetProperty("flops_discarded_total").GetDouble() > 0);
        Assert.True(mpc.GetProperty("flops_recomputed_total").GetDouble() > 0);
        Assert.Equal(0, lanes["real"].GetProperty("steps").EnumerateArray().Last().GetProperty("flops_recomputed_total").GetDouble());
    }
}
