using ArDivergence.Gguf.Format;
using ArDivergence.Gguf.Planting;

namespace ArDivergence.Tui.Tests.Verbs;

/// <summary>`ardiv gguf plant` and `ardiv gguf info`: files written and described, bad input one line with exit 2.</summary>
public sealed class GgufVerbTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ardiv-gguf-verb-" + Guid.NewGuid().ToString("N"));

    public GgufVerbTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void Plant_writes_a_readable_model_and_info_describes_it()
    {
        var path = Path.Combine(_folder, "lecun.gguf");
        var (exit, output, error) = CliRunner.Run("gguf", "plant", "lecun-iid", "--lane", "invalid", "-o", path);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains(path, output, StringComparison.Ordinal);
        var file = GgufReader.ReadFile(path);
        Assert.Equal("invalid", file[PlantedKeys.Lane]!.AsString());

        (exit, output, error) = CliRunner.Run("gguf", "info", path);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var lines = output.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("architecture:", StringComparison.Ordinal) && l.EndsWith(" llama", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("vocabulary:", StringComparison.Ordinal) && l.Contains($"{PlantedVocabulary.FirstScenarioId + 4} tokens (tokenizer llama)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("bos:", StringComparison.Ordinal) && l.EndsWith("1 '<s>'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("eos:", StringComparison.Ordinal) && l.EndsWith("2 '<eos>'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("planted from:", StringComparison.Ordinal) && l.Contains("lecun-iid", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fading", "cannot be planted")]
    [InlineData("nobody", "has no lane 'nobody'")]
    public void Plant_refuses_a_lane_it_cannot_imitate_in_one_line(string lane, string message)
    {
        var path = Path.Combine(_folder, "refused.gguf");
        var (exit, output, error) = CliRunner.Run("gguf", "plant", "lecun-iid", "--lane", lane, "-o", path);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("ardiv: error: lecun-iid: ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Plant_reports_a_bad_scenario_with_its_position()
    {
        var scenario = Path.Combine(_folder, "bad.yaml");
        File.WriteAllText(scenario, "name: bad\nlength: -3\n");
        var (exit, _, error) = CliRunner.Run("gguf", "plant", scenario, "--lane", "x", "-o", Path.Combine(_folder, "m.gguf"));
        Assert.Equal(2, exit);
        Assert.Matches(@"bad\.yaml:\d+:\d+: error: ", error);
    }

    [Fact]
    public void Info_on_a_file_that_is_not_GGUF_truncated_or_missing_is_one_line_naming_it_with_exit_2()
    {
        var text = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(text, "hello");
        var planted = Path.Combine(_folder, "whole.gguf");
        Assert.Equal(0, CliRunner.Run("gguf", "plant", "lecun-iid", "--lane", "uniform", "-o", planted).Exit);
        var truncated = Path.Combine(_folder, "cut.gguf");
        File.WriteAllBytes(truncated, File.ReadAllBytes(planted)[..2000]);
        var missing = Path.Combine(_folder, "missing.gguf");
        foreach (var (path, message) in new[] { (text, "not a GGUF file"), (truncated, "truncated"), (missing, "no such file") })
        {
            var (exit, output, error) = CliRunner.Run("gguf", "info", path);
            Assert.Equal(2, exit);
            Assert.Equal("", output);
            Assert.StartsWith($"ardiv: error: {path}: ", error, StringComparison.Ordinal);
            Assert.Contains(message, error, StringComparison.Ordinal);
            Assert.Single(error.TrimEnd('\n').Split('\n'));
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
