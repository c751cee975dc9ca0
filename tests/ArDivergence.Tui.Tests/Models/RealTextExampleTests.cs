using System.Text.Json;
using ArDivergence.Tui.Tests.Verbs;

namespace ArDivergence.Tui.Tests.Models;

/// <summary>
/// The shipped real-model-regex and real-model-answers run headless on a fresh machine (planted:text) and
/// show the numbers their descriptions state: the add-α token errors in closed form from the fit's counts
/// (1000 strings, α = 0.01, 257 outcomes), and the off_manifold of the AR and the mpc lanes.
/// </summary>
public class RealTextExampleTests
{
    private const double Denominator = 1000 + (257 * 0.01);

    [Fact]
    public void The_answers_example_has_the_smoothing_token_errors_of_its_description()
    {
        var steps = Steps(Run("real-model-answers", "run"), "real");
        Assert.Equal(2.55 / Denominator, steps[0].GetProperty("token_error").GetDouble(), 1e-6);
        for (var i = 1; i < steps.Length; i++)
        {
            // Each letter of "Paris" is drawn once in every one of the 1000 strings: n = 1000 after a letter.
            var previous = steps[i - 1].GetProperty("token").GetString();
            var error = steps[i].GetProperty("token_error").GetDouble();
            if (previous == " ")
            {
                Assert.InRange(error, 2.56 / (570 + 2.57), 2.56 / (430 + 2.57));
            }
            else
            {
                Assert.Equal(2.56 / Denominator, error, 1e-6);
            }
        }

        Assert.Equal("<eos>", steps[^1].GetProperty("token").GetString());
        var (real, mpc) = OffManifold(Run("real-model-answers", "estimate"));
        Assert.True(real[0] < 0.015 && real[1] > 0.015, $"real {real[0]}..{real[1]}");
        Assert.True(mpc[1] < 0.05, $"mpc {mpc[0]}..{mpc[1]}");
        var last = Steps(Run("real-model-answers", "run"), "mpc")[^1];
        Assert.True(last.GetProperty("flops_discarded_total").GetDouble() > 0);
        Assert.True(last.GetProperty("flops_recomputed_total").GetDouble() > 0);
    }

    [Fact]
    public void The_regex_example_has_the_token_error_and_off_manifold_of_its_description()
    {
        var steps = Steps(Run("real-model-regex", "run"), "real");
        Assert.Equal(2.47 / Denominator, steps[0].GetProperty("token_error").GetDouble(), 1e-6);
        var (real, mpc) = OffManifold(Run("real-model-regex", "estimate"));
        Assert.True(real[0] > 0.95, $"real {real[0]}..{real[1]}");
        Assert.True(mpc[1] < 0.05, $"mpc {mpc[0]}..{mpc[1]}");
        Assert.All(Steps(Run("real-model-regex", "run"), "mpc"), s => Assert.Equal(JsonValueKind.Null, s.GetProperty("token_error").ValueKind));
    }

    private static JsonElement Run(string name, string verb)
    {
        var file = Path.Combine(RepositoryFiles.Root, "scenarios", name + ".yaml");
        var (exit, output, error) = verb == "run"
            ? CliRunner.Run("run", file, "--format", "json", "--samples", "20")
            : CliRunner.Run("estimate", file, "--format", "json", "--samples", "200");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.Clone();
    }

    private static JsonElement[] Steps(JsonElement run, string lane) =>
        [.. run.GetProperty("lanes").EnumerateArray().Single(l => l.GetProperty("name").GetString() == lane).GetProperty("steps").EnumerateArray()];

    private static (double[] Real, double[] Mpc) OffManifold(JsonElement estimate)
    {
        double[] Interval(string lane) =>
            [.. estimate.GetProperty("lanes").EnumerateArray().Single(l => l.GetProperty("name").GetString() == lane)
                .GetProperty("off_manifold_mc").GetProperty("ci95").EnumerateArray().Select(e => e.GetDouble())];
        return (Interval("real"), Interval("mpc"));
    }
}
