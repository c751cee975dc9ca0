using System.Text.RegularExpressions;
using ArDivergence.Scenarios;
using ArDivergence.Tui.Tests.Recording;
using ArDivergence.Tui.Tests.Verbs;

namespace ArDivergence.Tui.Tests.Golden;

/// <summary>
/// Pins what users and notebooks read — `run` JSON and CSV, `estimate` JSON, a recorded session and
/// its replay — byte for byte for every shipped scenario, so a refactoring that should change nothing
/// is proved to change nothing. The files were written by the program before the redesign of issue 11;
/// when an output is meant to change, rewrite them with ARDIV_UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public partial class GoldenOutputTests
{
    private const string UpdateVariable = "ARDIV_UPDATE_GOLDEN";

    public static TheoryData<string> Names() => [.. ShippedScenarios.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void Run_json_is_unchanged(string name) =>
        Matches($"{name}.run.json", Output("run", name, "--format", "json", "--samples", "2000"));

    [Theory]
    [MemberData(nameof(Names))]
    public void Run_csv_is_unchanged(string name) =>
        Matches($"{name}.run.csv", Output("run", name, "--format", "csv", "--samples", "2000"));

    [Theory]
    [MemberData(nameof(Names))]
    public void Estimate_json_is_unchanged(string name) =>
        Matches($"{name}.estimate.json", Output("estimate", name, "--format", "json", "--samples", "2000"));

    [Theory]
    [MemberData(nameof(Names))]
    public void A_recorded_session_and_its_replay_are_unchanged(string name)
    {
        using var folder = new TempFolder();
        var log = folder.File("session.clef");
        Output("run", name, "--log", log, "--format", "csv", "--samples", "500");
        var replay = Output("replay", log);
        Matches($"{name}.session.clef", Stable(File.ReadAllText(log), folder.Path));
        Matches($"{name}.replay.txt", Stable(replay, folder.Path));
    }

    private static string Output(params string[] args)
    {
        var (exit, output, error) = CliRunner.Run(args);
        Assert.True(exit == 0, $"ardiv {string.Join(' ', args)} exited {exit}: {error}");
        return output;
    }

    /// <summary>Drops what differs between two builds or runs of the same session: timestamps, the tool's version and the temporary folder.</summary>
    private static string Stable(string text, string folder)
    {
        var stable = Timestamp().Replace(text.Replace(folder, "<tmp>", StringComparison.Ordinal), "\"@t\":\"<time>\"");
        return ToolVersion().Replace(stable, "\"ToolVersion\":\"<version>\"");
    }

    private static void Matches(string file, string actual)
    {
        var path = Path.Combine(RepositoryFiles.Root, "tests", "ArDivergence.Tui.Tests", "Golden", "files", file);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"no golden file {path}; write it with {UpdateVariable}=1 and review it");
        var expected = File.ReadAllText(path);
        if (expected != actual)
        {
            var line = FirstDifferentLine(expected, actual);
            Assert.Fail($"{file} differs from its golden file at line {line.Number}:\n- {line.Expected}\n+ {line.Actual}");
        }
    }

    private static (int Number, string Expected, string Actual) FirstDifferentLine(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end of file>";
            var right = i < b.Length ? b[i] : "<end of file>";
            if (left != right)
            {
                return (i + 1, left, right);
            }
        }

        return (0, string.Empty, string.Empty);
    }

    [GeneratedRegex("\"@t\":\"[^\"]*\"")]
    private static partial Regex Timestamp();

    [GeneratedRegex("\"ToolVersion\":\"[^\"]*\"")]
    private static partial Regex ToolVersion();
}
