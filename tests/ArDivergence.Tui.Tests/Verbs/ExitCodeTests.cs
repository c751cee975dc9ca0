namespace ArDivergence.Tui.Tests.Verbs;

/// <summary>0 success, 2 bad usage or bad scenario (FILE:LINE:COL messages), 1 anything else; never a stack trace.</summary>
public class ExitCodeTests
{
    [Fact]
    public void Validate_accepts_every_shipped_scenario_file()
    {
        var files = Directory.GetFiles(RepositoryFiles.Scenarios, "*.yaml");
        Assert.NotEmpty(files);
        var (exit, _, error) = CliRunner.Run(["validate", .. files]);
        Assert.True(exit == 0, error);
    }

    [Fact]
    public void Validate_reports_a_bad_file_at_line_and_column_with_exit_2()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ardiv-bad-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "name: bad\nlength: 5\nmanifold:\n  kind: automaton\n  start: q\n  states:\n    q:\n      - {token: a, to: nowhere}\ngenerators:\n  - {name: ar, kind: autoregressive, model: {kind: noisy_oracle, error: 0.01}}\n");
        try
        {
            var (exit, _, error) = CliRunner.Run("validate", path);
            Assert.Equal(2, exit);
            Assert.Matches(@"^" + System.Text.RegularExpressions.Regex.Escape(path) + @":8:\d+: error: ", error);
            Assert.DoesNotContain("   at ", error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("run")]
    [InlineData("run", "lecun-iid", "--steps", "0")]
    [InlineData("run", "lecun-iid", "--bogus")]
    [InlineData("estimate", "lecun-iid", "--method", "guess")]
    [InlineData("run", "lecun-iid", "--lane", "nobody")]
    [InlineData("run", "no-such-scenario-file.yaml")]
    public void Bad_usage_exits_2_with_one_message(params string[] args)
    {
        var (exit, _, error) = CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.Contains("error", error);
        Assert.DoesNotContain("   at ", error);
    }
}
