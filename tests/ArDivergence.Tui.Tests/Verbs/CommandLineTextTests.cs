using System.Text.Json;
using ArDivergence.Core.Debugging;
using ArDivergence.Scenarios;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Output;
using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Recording;
using ArDivergence.Tui.Tests.Recording;

namespace ArDivergence.Tui.Tests.Verbs;

/// <summary>What the command line prints reads right: usage, choices, numbers, counts, suggestions (issue 10, item 11).</summary>
public class CommandLineTextTests
{
    [Theory]
    [InlineData("estimate")]
    [InlineData("run")]
    [InlineData("validate")]
    public void A_verb_usage_names_one_FILE_after_the_verb(string verb)
    {
        var (exit, output, _) = CliRunner.Run(verb, "--help");
        Assert.Equal(0, exit);
        // The root command is named after the process (testhost here, ardiv when installed).
        Assert.Matches($@"\n  \S+ {verb} <FILE>", output);
        Assert.DoesNotContain("[<FILE>]", output, StringComparison.Ordinal);
        Assert.Single(output.Split('\n'), line => line.TrimStart().StartsWith("<FILE>", StringComparison.Ordinal));
    }

    [Fact]
    public void The_root_usage_still_takes_an_optional_FILE()
    {
        var (exit, output, _) = CliRunner.Run("--help");
        Assert.Equal(0, exit);
        Assert.Matches(@"\n  \S+ \[<FILE>\] \[command\]", output);
    }

    [Fact]
    public void Estimate_help_spells_the_choices_as_they_are_typed()
    {
        var (_, output, _) = CliRunner.Run("estimate", "--help");
        Assert.Contains("--method <exact|mc|both>", output, StringComparison.Ordinal);
        Assert.Contains("--format <table|json|csv>", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exact", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Csv", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_help_states_the_default_number_of_samples_once()
    {
        var (_, output, _) = CliRunner.Run("estimate", "--help");
        var samples = output.Split('\n').Single(l => l.Contains("--samples", StringComparison.Ordinal));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(samples, "10000"));
    }

    [Fact]
    public void The_method_still_defaults_to_exact()
    {
        var (exit, output, error) = CliRunner.Run("estimate", "danke-schoen", "--format", "json");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        foreach (var lane in json.RootElement.GetProperty("lanes").EnumerateArray())
        {
            Assert.Equal(JsonValueKind.Number, lane.GetProperty("off_manifold_exact").ValueKind);
            Assert.Equal(JsonValueKind.Null, lane.GetProperty("off_manifold_mc").ValueKind);
        }
    }

    [Fact]
    public void A_mistyped_shipped_name_gets_a_suggestion()
    {
        var (exit, _, error) = CliRunner.Run("run", "lecun");
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("did you mean lecun-iid?", error, StringComparison.Ordinal);
        Assert.DoesNotContain("cannot read the file", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lecun", "lecun-iid")]
    [InlineData("dank-schoen", "danke-schoen")]
    [InlineData("adition", "addition")]
    [InlineData("path-star.yaml", "path-star")]
    public void Suggestions_cover_prefixes_and_typos(string typed, string expected) =>
        Assert.Equal(expected, ScenarioNameSuggestions.For(typed, ShippedScenarios.Names)[0]);

    [Fact]
    public void A_name_far_from_every_shipped_one_gets_no_suggestion() =>
        Assert.Empty(ScenarioNameSuggestions.For("transformer-zoo", ShippedScenarios.Names));

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("flaw", "lawn", 2)]
    [InlineData("abc", "abc", 0)]
    [InlineData("", "abc", 3)]
    public void Edit_distance_is_levenshtein(string a, string b, int expected) =>
        Assert.Equal(expected, ArDivergence.Scenarios.EditDistance.Between(a, b));

    /// <summary>danke-schoen's ar lane has e_t = 0, so path_off = −expm1(0) = −0 in IEEE arithmetic.</summary>
    [Fact]
    public void Csv_never_prints_negative_zero()
    {
        var (exit, output, error) = CliRunner.Run("run", "danke-schoen", "--format", "csv");
        Assert.True(exit == 0, error);
        var lines = output.TrimEnd('\n').Split('\n');
        var pathOff = Array.IndexOf(lines[0].Split(','), "path_off");
        Assert.True(pathOff >= 0);
        foreach (var line in lines.Skip(1))
        {
            Assert.DoesNotContain(line.Split(','), field => field.StartsWith("-0", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Json_never_prints_negative_zero()
    {
        var (exit, output, error) = CliRunner.Run("run", "danke-schoen", "--format", "json");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var zeros = 0;
        foreach (var lane in json.RootElement.GetProperty("lanes").EnumerateArray())
        {
            foreach (var step in lane.GetProperty("steps").EnumerateArray())
            {
                foreach (var field in step.EnumerateObject().Where(f => f.Value.ValueKind == JsonValueKind.Number))
                {
                    Assert.False(field.Value.GetRawText().StartsWith('-'), $"{field.Name} = {field.Value.GetRawText()}");
                    zeros += field.Value.GetDouble() == 0 ? 1 : 0;
                }
            }
        }

        Assert.True(zeros > 0);
    }

    [Fact]
    public void Negative_zero_is_written_as_zero()
    {
        Assert.Equal("0", Csv.Number(-0.0));
        Assert.Equal(0, JsonOutput.WithoutNegativeZero(-0.0));
        Assert.False(double.IsNegative(JsonOutput.WithoutNegativeZero(-0.0)));
        Assert.Equal(-1e-300, JsonOutput.WithoutNegativeZero(-1e-300));
    }

    [Theory]
    [InlineData(0.0, "0.0000")]
    [InlineData(1.0, "1.0000")]
    [InlineData(0.5, "0.5000")]
    [InlineData(1.2e-7, "1.2e-07")]
    public void Probabilities_print_in_one_format(double p, string expected) =>
        Assert.Equal(expected, Units.Probability(p));

    [Fact]
    public void Negative_zero_probability_prints_as_zero() => Assert.Equal("0.0000", Units.Probability(-0.0));

    [Fact]
    public void The_run_table_prints_certain_tokens_like_the_others()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        ArdivCommandLine.Run(["run", "danke-schoen", "--format", "table"], new ConsoleStreams(output, error, OutIsTerminal: true));
        var schoen = output.ToString().Split('\n').First(l => l.Contains(" schön ", StringComparison.Ordinal));
        Assert.Contains(" 1.0000 ", schoen, StringComparison.Ordinal);
        Assert.DoesNotContain(" 1 ", schoen, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "0 commands")]
    [InlineData(1, "1 command")]
    [InlineData(2, "2 commands")]
    public void Counts_agree_with_their_noun(long count, string expected) =>
        Assert.Equal(expected, Counted.Of(count, "command"));

    [Fact]
    public void A_one_command_replay_says_command_in_the_singular()
    {
        using var folder = new TempFolder();
        var log = folder.File("one.clef");
        var source = ScenarioSource.Load("lecun-iid");
        var session = new DebuggerSession(source.Spec!, new SessionOptions { Lanes = ["invalid"] });
        using (var driver = new SessionDriver(session, new SessionStartInfo(source.Path, source.Hash, session.Scenario.Seed, ["invalid"], null), SessionRecorders.ToFile(log)))
        {
            driver.Execute(new StepCommand());
        }

        var (exit, output, error) = CliRunner.Run("replay", log);
        Assert.True(exit == 0, error);
        Assert.Contains("replayed 1 command;", output, StringComparison.Ordinal);
        Assert.Contains("the 1 recorded step agrees", output, StringComparison.Ordinal);
    }
}
