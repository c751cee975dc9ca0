using System.Globalization;
using System.Text.Json;
using ArDivergence.Scenarios;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Sweeps;
using ArDivergence.Tui.Tests.Verbs;
using ArDivergence.Tui.Verbs;

namespace ArDivergence.Tui.Tests.Sweeps;

/// <summary>A sweep row is `estimate` of the file written with the point's values (spec §14).</summary>
public sealed class SweepVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ardiv-sweep-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("exact", "exact")]
    [InlineData("mc", "mc")]
    public void Each_row_equals_estimate_on_the_single_file_with_the_points_values(string sweepMethod, string estimateMethod)
    {
        var (exit, output, error) = CliRunner.Run(
            "sweep", "is-ar-doomed", "--set", "length=8,12", "--set", "generators.ar.model.error=0.01,0.05",
            "--method", sweepMethod, "--samples", "300", "--threads", "3");
        Assert.True(exit == 0, error);
        var rows = CsvRows(output);
        var header = rows[0];
        Assert.Equal(["point", "length", "generators.ar.model.error", "lane", "kind"], header[..5]);
        Assert.Equal(4 * 3, rows.Length - 1);

        var text = ShippedScenarios.Find("is-ar-doomed")!.Text;
        for (var point = 0; point < 4; point++)
        {
            var (length, error01) = (point < 2 ? "8" : "12", point % 2 == 0 ? "0.01" : "0.05");
            var file = Path.Combine(_folder, $"p{point}.yaml");
            File.WriteAllText(file, text
                .Replace("length: 60", $"length: {length}", StringComparison.Ordinal)
                .Replace("model: {kind: noisy_oracle, error: 0.01, noise: invalid}", $"model: {{kind: noisy_oracle, error: {error01}, noise: invalid}}", StringComparison.Ordinal));
            var estimate = CliRunner.Run("estimate", file, "--format", "csv", "--method", estimateMethod, "--samples", "300");
            Assert.True(estimate.Exit == 0, estimate.Error);
            var expected = CsvRows(estimate.Out);

            var mine = rows.Skip(1).Where(r => r[0] == point.ToString(CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(expected.Length - 1, mine.Length);
            for (var lane = 0; lane < mine.Length; lane++)
            {
                Assert.Equal([length, error01], mine[lane][1..3]);

                // lane, kind and every estimate column, field by field: identical text, so identical numbers.
                Assert.Equal(expected[0], header[3..^2]);
                Assert.Equal(expected[lane + 1], mine[lane][3..^2]);
                Assert.Equal(["4", "is-ar-doomed"], mine[lane][^2..]);
            }
        }
    }

    [Fact]
    public void Json_rows_hold_the_estimates_lane_objects()
    {
        var sweep = CliRunner.Run("sweep", "lecun-iid", "--set", "length=7", "--format", "json");
        var estimate = CliRunner.Run("estimate", "lecun-iid", "--format", "json");
        Assert.True(sweep.Exit == 0, sweep.Error);
        using var rows = JsonDocument.Parse(sweep.Out);
        using var lanes = JsonDocument.Parse(estimate.Out);
        var expectedLanes = lanes.RootElement.GetProperty("lanes").EnumerateArray().ToArray();
        var sweepRows = rows.RootElement.EnumerateArray().ToArray();
        Assert.Equal(expectedLanes.Length, sweepRows.Length);

        // lecun-iid at length 7 differs from the file (100); compare the row's shape, and the number at L = 7.
        for (var i = 0; i < sweepRows.Length; i++)
        {
            Assert.Equal(7, sweepRows[i].GetProperty("length").GetInt32());
            Assert.Equal(expectedLanes[i].GetProperty("name").GetString(), sweepRows[i].GetProperty("lane").GetString());
            var keys = expectedLanes[i].EnumerateObject().Select(p => p.Name).Where(n => n is not "name" and not "kind");
            Assert.All(keys, k => Assert.True(sweepRows[i].TryGetProperty(k, out _), k));
        }

        // invalid: e = 0.01 on x at every step, so off_manifold at L = 7 is 1 - 0.99^7 (1e-12).
        Assert.Equal(1 - Math.Pow(0.99, 7), sweepRows[0].GetProperty("off_manifold_exact").GetDouble(), 1e-12);
    }

    [Fact]
    public void Results_do_not_depend_on_the_thread_count()
    {
        string[] args = ["sweep", "is-ar-doomed", "--set", "length=5..9", "--method", "mc", "--samples", "200"];
        var one = CliRunner.Run([.. args, "--threads", "1"]);
        var four = CliRunner.Run([.. args, "--threads", "4"]);
        Assert.True(one.Exit == 0, one.Error);
        Assert.Equal(one.Out, four.Out);
    }

    [Fact]
    public void Shards_merged_equal_the_unsharded_run()
    {
        string[] args = ["sweep", "lecun-iid", "--set", "length=3..9", "--set", "generators.uniform.model.error=0.1,0.2"];
        var whole = CliRunner.Run(args);
        Assert.True(whole.Exit == 0, whole.Error);
        var shards = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var path = Path.Combine(_folder, $"shard{i}.csv");
            var run = CliRunner.Run([.. args, "--shard", $"{i}/4", "-o", path]);
            Assert.True(run.Exit == 0, run.Error);
            shards.Add(path);
        }

        // Given in any order.
        shards.Reverse();
        var merged = CliRunner.Run(["sweep", "merge", .. shards]);
        Assert.True(merged.Exit == 0, merged.Error);
        Assert.Equal(whole.Out, merged.Out);
    }

    [Fact]
    public void Json_shards_merge_too()
    {
        string[] args = ["sweep", "lecun-iid", "--set", "length=3..6", "--format", "json"];
        var whole = CliRunner.Run(args);
        var paths = Enumerable.Range(0, 3).Select(i => Path.Combine(_folder, $"s{i}.json")).ToArray();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(0, CliRunner.Run([.. args, "--shard", $"{i}/3", "-o", paths[i]]).Exit);
        }

        var merged = CliRunner.Run(["sweep", "merge", .. paths]);
        Assert.True(merged.Exit == 0, merged.Error);
        Assert.Equal(whole.Out, merged.Out);
    }

    [Fact]
    public void Merge_lists_the_missing_and_the_doubled_points()
    {
        string[] args = ["sweep", "lecun-iid", "--set", "length=1..10"];
        var paths = Enumerable.Range(0, 3).Select(i => Path.Combine(_folder, $"m{i}.csv")).ToArray();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(0, CliRunner.Run([.. args, "--shard", $"{i}/3", "-o", paths[i]]).Exit);
        }

        // Shard 1 (points 1, 4, 7) left out; shard 0 (0, 3, 6, 9) given twice.
        var (exit, output, error) = CliRunner.Run("sweep", "merge", paths[0], paths[2], paths[0]);
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal("", output);
        Assert.Contains("3 of 10 points missing: 1, 4, 7", error, StringComparison.Ordinal);
        Assert.Contains("4 points more than once: 0 (in", error, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", error.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_refuses_shards_of_different_sweeps_and_files_that_are_not_sweeps()
    {
        var a = Path.Combine(_folder, "a.csv");
        var b = Path.Combine(_folder, "b.csv");
        Assert.Equal(0, CliRunner.Run("sweep", "lecun-iid", "--set", "length=1,2", "--shard", "0/2", "-o", a).Exit);
        Assert.Equal(0, CliRunner.Run("sweep", "lecun-iid", "--set", "length=1..3", "--shard", "1/2", "-o", b).Exit);
        var different = CliRunner.Run("sweep", "merge", a, b);
        Assert.Equal(ExitCodes.BadInput, different.Exit);
        Assert.Contains("different sweeps", different.Error, StringComparison.Ordinal);

        var estimate = Path.Combine(_folder, "estimate.csv");
        File.WriteAllText(estimate, CliRunner.Run("estimate", "lecun-iid", "--format", "csv").Out);
        var notSweep = CliRunner.Run("sweep", "merge", estimate);
        Assert.Equal(ExitCodes.BadInput, notSweep.Exit);
        Assert.Contains($"{estimate}: not a sweep output", notSweep.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_point_is_reported_with_its_parameters_and_nothing_is_computed()
    {
        var (exit, output, error) = CliRunner.Run("sweep", "lecun-iid", "--set", "length=0,5", "--set", "generators.invalid.model.error=0.5,2");
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal("", output);
        Assert.Contains("point 0 (length=0, generators.invalid.model.error=0.5) is not a valid scenario", error, StringComparison.Ordinal);
        Assert.Contains("point 3 (length=5, generators.invalid.model.error=2) is not a valid scenario", error, StringComparison.Ordinal);
        Assert.DoesNotContain("point 2 ", error, StringComparison.Ordinal);
        Assert.Contains("lecun-iid.yaml:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("length", "KEY=VALUES")]
    [InlineData("length=5..1", "above its end")]
    [InlineData("generators.nobody.model.error=0.1", "no item named 'nobody' (names: invalid, uniform, fading)")]
    public void Bad_usage_exits_2_with_one_clear_message(string set, string fragment)
    {
        var (exit, _, error) = CliRunner.Run("sweep", "lecun-iid", "--set", set);
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains(fragment, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ctrl_c_keeps_the_finished_rows_in_point_order()
    {
        using var cancel = new CancellationTokenSource();
        using var output = new CancellingWriter(cancel, afterLines: 4);
        using var error = new StringWriter();
        var exit = SweepVerb.Execute(
            "lecun-iid", ["length=20..60"], SweepMethod.Exact, 100, null, SweepFormat.Csv, null, 1,
            new ConsoleStreams(output, error, OutIsTerminal: false), quiet: true, cancel.Token);
        Assert.Equal(ExitCodes.Interrupted, exit);
        var rows = CsvRows(output.ToString());
        var points = rows.Skip(1).Select(r => int.Parse(r[0], CultureInfo.InvariantCulture)).ToArray();
        Assert.NotEmpty(points);
        Assert.True(points.Length < 41 * 3);
        Assert.Equal(points.Order(), points);
        Assert.All(rows.Skip(1), r => Assert.Equal(rows[0].Length, r.Length));
        Assert.All(points.GroupBy(p => p), g => Assert.Equal(3, g.Count()));
        Assert.Contains("interrupted", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("not computed:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_sweep_examples_are_valid_scenarios_that_sweep_to_the_end()
    {
        var examples = Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "scenarios", "sweeps"), "*.yaml");
        Assert.NotEmpty(examples);
        foreach (var example in examples)
        {
            Assert.True(ScenarioLoader.LoadFile(example).Succeeded, example);
            var (exit, output, error) = CliRunner.Run("sweep", example, "--set", "seed=1,2");
            Assert.True(exit == 0, $"{example}: {error}");
            Assert.Equal(1 + (2 * ScenarioLoader.LoadFile(example).Spec!.Generators.Count), CsvRows(output).Length);
        }
    }

    [Fact]
    public void A_terminal_stderr_shows_the_sweeps_progress_and_it_is_erased_at_the_end()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new ConsoleStreams(output, error, OutIsTerminal: false) { ErrorIsTerminal = true };
        var exit = SweepVerb.Execute("lecun-iid", ["length=5..8"], SweepMethod.Exact, 100, null, SweepFormat.Csv, null, 2, console, quiet: false, CancellationToken.None);
        Assert.Equal(0, exit);
        var drawn = error.ToString();
        Assert.Contains("sweep: 4 points", drawn, StringComparison.Ordinal);

        // Erased: the last thing written is a carriage return after blanks, and no row went to stderr.
        Assert.EndsWith("\r", drawn, StringComparison.Ordinal);
        Assert.Equal(1 + (4 * 3), CsvRows(output.ToString()).Length);
    }

    internal static string[][] CsvRows(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(','))];

    /// <summary>Cancels the sweep once a few lines are written, the way Ctrl+C arrives mid-run.</summary>
    private sealed class CancellingWriter(CancellationTokenSource cancel, int afterLines) : StringWriter(CultureInfo.InvariantCulture)
    {
        public override void Write(string? value)
        {
            base.Write(value);
            if (ToString().Count(c => c == '\n') >= afterLines)
            {
                cancel.Cancel();
            }
        }
    }
}
