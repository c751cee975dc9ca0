using System.Text.Json;
using ArDivergence.Core.Debugging;
using ArDivergence.Scenarios;
using ArDivergence.Tui.Cli;

namespace ArDivergence.Tui.Tests.Verbs;

/// <summary>
/// `estimate` says which numbers are over all runs (off_manifold) and which come from the one seeded path
/// (lecun_naive, mean token error) — in the table, CSV, JSON and help (issue 10, item 7).
/// </summary>
public class EstimateLabelTests
{
    [Fact]
    public void Json_gives_the_path_numbers_under_path_names_and_keeps_the_old_keys()
    {
        var (exit, output, error) = CliRunner.Run("estimate", "danke-schoen", "--format", "json");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var lane = json.RootElement.GetProperty("lanes").EnumerateArray().Single(l => l.GetProperty("name").GetString() == "one-shot");
        var mean = lane.GetProperty("path_mean_token_error").GetDouble();
        var naive = lane.GetProperty("path_lecun_naive").GetDouble();
        var length = json.RootElement.GetProperty("length").GetInt32();

        // The seeded path's own mean e_t, from a session stepped to the end with the same seed.
        var session = new DebuggerSession(ShippedScenarios.Find("danke-schoen")!.Load().Spec!);
        for (var t = 0; t < session.Scenario.Length; t++)
        {
            session.Execute(new StepCommand());
        }

        var errors = session.Snapshot.Lane("one-shot").Steps.Select(s => s.TokenError).OfType<double>().ToArray();
        Assert.Equal(errors.Average(), mean, 1e-12);
        Assert.Equal(1 - Math.Pow(1 - mean, length), naive, 1e-12);
        Assert.Equal(mean, lane.GetProperty("mean_token_error").GetDouble());
        Assert.Equal(naive, lane.GetProperty("lecun_naive").GetDouble());
    }

    [Fact]
    public void Csv_names_the_path_columns()
    {
        var (exit, output, error) = CliRunner.Run("estimate", "danke-schoen", "--format", "csv");
        Assert.True(exit == 0, error);
        var header = output.Split('\n')[0].Split(',');
        Assert.Contains("path_lecun_naive", header);
        Assert.Contains("path_mean_token_error", header);
        Assert.DoesNotContain("lecun_naive", header);
        Assert.DoesNotContain("mean_token_error", header);
    }

    [Fact]
    public void The_table_labels_the_path_columns_and_says_which_seed()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = ArdivCommandLine.Run(["estimate", "danke-schoen", "--seed", "5", "--format", "table"], new ConsoleStreams(output, error, OutIsTerminal: true));
        Assert.Equal(0, exit);
        var text = output.ToString();
        Assert.Contains("path lecun_naive", text, StringComparison.Ordinal);
        Assert.Contains("path mean e_t", text, StringComparison.Ordinal);
        Assert.Contains("off_manifold, monte carlo: over all runs of the lane", text, StringComparison.Ordinal);
        Assert.Contains("of the one run drawn with seed 5", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_says_which_numbers_come_from_the_seeded_path()
    {
        var (_, output, _) = CliRunner.Run("estimate", "--help");
        Assert.Contains("over all runs", output, StringComparison.Ordinal);
        Assert.Contains("path_lecun_naive", output, StringComparison.Ordinal);
    }
}
