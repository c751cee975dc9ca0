using ArDivergence.Traces;

namespace ArDivergence.Tui.Tests.Verbs;

/// <summary>`ardiv import`: ardiv traces (one per generation, a folder per model) and a starter scenario; bad input writes nothing.</summary>
public sealed class ImportVerbTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "ardiv-import-" + Guid.NewGuid().ToString("N"));

    private static string Capital => Path.Combine(RepositoryFiles.Scenarios, "traces", "capital");

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Fact]
    public void Every_generation_becomes_one_ardiv_trace_that_reads_back_the_same()
    {
        var inputs = Directory.GetFiles(Capital).Order(StringComparer.Ordinal).ToArray();

        var (exit, output, error) = CliRunner.Run(["import", .. inputs, "-o", _output]);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains($"wrote {inputs.Length} traces", output, StringComparison.Ordinal);
        var written = Directory.GetFiles(_output, "*.json", SearchOption.AllDirectories);
        Assert.Equal(inputs.Length, written.Length);
        foreach (var file in written)
        {
            var trace = Assert.Single(TraceReader.ReadFile(file, TraceFormats.Ardiv));
            var original = Assert.Single(TraceReader.ReadFile(Path.Combine(Capital, inputs.Single(i => trace.Source == i))));
            Assert.Equal(original.Text, trace.Text);
            Assert.Equal(original.Format, trace.Format);
            Assert.Equal(original.Tokens.Select(t => t.Probability), trace.Tokens.Select(t => t.Probability), new Close());
        }
    }

    [Fact]
    public void The_starter_scenario_has_a_trace_lane_per_model_folder_and_marks_what_to_fill_in()
    {
        var inputs = Directory.GetFiles(Capital);

        CliRunner.Run(["import", .. inputs, "-o", _output]);

        var scenario = File.ReadAllText(Path.Combine(_output, "scenario.yaml"));
        var folders = Directory.GetDirectories(_output).Select(Path.GetFileName).ToList();
        Assert.Equal(folders.Count, scenario.Split("kind: trace").Length - 1);
        foreach (var folder in folders)
        {
            Assert.Contains($"files: [\"{folder}/*.json\"]", scenario, StringComparison.Ordinal);
        }

        Assert.Contains("FILL IN", scenario, StringComparison.Ordinal);
        Assert.Contains("kind: answers", scenario, StringComparison.Ordinal);
        Assert.Contains("prompt: \"Q: What is the capital of France?\\nA:\"", scenario, StringComparison.Ordinal);
        Assert.Contains("length: 3 ", scenario, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_then_run_the_starter_scenario_with_a_log_then_replay_it_agrees()
    {
        CliRunner.Run(["import", .. Directory.GetFiles(Capital), "-o", _output]);
        var scenario = Path.Combine(_output, "scenario.yaml");
        var log = Path.Combine(_output, "run.clef");

        var (runExit, runOutput, runError) = CliRunner.Run("run", scenario, "--log", log, "--format", "json");
        var (replayExit, replayOutput, replayError) = CliRunner.Run("replay", log);

        Assert.True(runExit == 0, runError);
        using var json = System.Text.Json.JsonDocument.Parse(runOutput);
        var lanes = json.RootElement.GetProperty("lanes").EnumerateArray().ToList();
        Assert.Equal(Directory.GetDirectories(_output).Length, lanes.Count);
        Assert.All(lanes, lane => Assert.Equal("trace", lane.GetProperty("kind").GetString()));
        Assert.True(replayExit == 0, replayError);
        var steps = lanes.Sum(lane => lane.GetProperty("steps").GetArrayLength());
        Assert.Contains($"all {steps} recorded steps agree", replayOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trace_longer_than_length_is_named_with_the_files_key()
    {
        CliRunner.Run(["import", Path.Combine(Capital, "llamacpp.json"), "-o", _output]);
        var scenario = Path.Combine(_output, "scenario.yaml");
        File.WriteAllText(scenario, File.ReadAllText(scenario).Replace("length: 3 ", "length: 2 ", StringComparison.Ordinal));

        var (exit, _, error) = CliRunner.Run("run", scenario);

        Assert.Equal(2, exit);
        Assert.Contains("has 3 tokens, more than length 2", error, StringComparison.Ordinal);
        Assert.StartsWith(scenario + ":", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_starter_scenario_is_kept()
    {
        Directory.CreateDirectory(_output);
        File.WriteAllText(Path.Combine(_output, "scenario.yaml"), "# my edits\n");

        var (exit, output, _) = CliRunner.Run("import", Path.Combine(Capital, "ollama.json"), "-o", _output);

        Assert.Equal(0, exit);
        Assert.Contains("kept the existing", output, StringComparison.Ordinal);
        Assert.Equal("# my edits\n", File.ReadAllText(Path.Combine(_output, "scenario.yaml")));
    }

    [Fact]
    public void A_bad_file_among_good_ones_is_named_with_its_json_path_and_nothing_is_written()
    {
        var bad = Path.Combine(RepositoryFiles.Root, "tests", "ArDivergence.Traces.Tests", "Samples", "bad-no-logprobs-openai.json");

        var (exit, _, error) = CliRunner.Run("import", Path.Combine(Capital, "ollama.json"), bad, "-o", _output);

        Assert.Equal(2, exit);
        Assert.StartsWith($"{bad}: error: the response has no log-probabilities", error, StringComparison.Ordinal);
        Assert.Contains("(at $.choices[0].logprobs)", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_output));
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var (exit, _, error) = CliRunner.Run("import", Path.Combine(Capital, "ollama.json"), "--format", "anthropic", "-o", _output);

        Assert.Equal(2, exit);
        Assert.Contains("anthropic", error, StringComparison.Ordinal);
    }

    private sealed class Close : IEqualityComparer<double?>
    {
        public bool Equals(double? x, double? y) => x is null ? y is null : y is not null && Math.Abs(x.Value - y.Value) <= 1e-12;

        public int GetHashCode(double? obj) => 0;
    }
}
