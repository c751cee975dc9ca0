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
/// Scenarios with real llama.cpp lanes run with <see cref="ShippedSamples.RealModelRuns"/> Monte Carlo runs, and
/// their wall times and last float bits are left out (<see cref="GoldenText"/>); ShippedRealModelScenarioTests
/// checks their numbers against the closed forms.
/// </summary>
public partial class GoldenOutputTests
{
    private const string UpdateVariable = "ARDIV_UPDATE_GOLDEN";

    public static TheoryData<string> Names() => [.. ShippedScenarios.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void Run_json_is_unchanged(string name) =>
        Matches(name, $"{name}.run.json", Output("run", name, "--format", "json", "--samples", ShippedSamples.Argument(name, 2000)));

    [Theory]
    [MemberData(nameof(Names))]
    public void Run_csv_is_unchanged(string name) =>
        Matches(name, $"{name}.run.csv", Output("run", name, "--format", "csv", "--samples", ShippedSamples.Argument(name, 2000)));

    [Theory]
    [MemberData(nameof(Names))]
    public void Estimate_json_is_unchanged(string name) =>
        Matches(name, $"{name}.estimate.json", Output("estimate", name, "--format", "json", "--samples", ShippedSamples.Argument(name, 2000)));

    [Theory]
    [MemberData(nameof(Names))]
    public void A_recorded_session_and_its_replay_are_unchanged(string name)
    {
        using var folder = new TempFolder();
        var log = folder.File("session.clef");
        Output("run", name, "--log", log, "--format", "csv", "--samples", ShippedSamples.Argument(name, 500));
        var replay = Output("replay", log);
        Matches(name, $"{name}.session.clef", Stable(File.ReadAllText(log), folder.Path));
        Matches(name, $"{name}.replay.txt", Stable(replay, folder.Path));
    }

    private static string Output(params string[] args)
    {
        var (exit, output, error) = CliRunner.Run(args);
        Assert.True(exit == 0, $"ardiv {string.Join(' ', args)} exited {exit}: {error}");
        return output;
    }

    /// <summary>Drops what differs between two builds or runs of the same session: timestamps, the tool's version, the temporary and cache folders.</summary>
    private static string Stable(string text, string folder)
    {
        var stable = Timestamp().Replace(text.Replace(folder, "<tmp>", StringComparison.Ordinal), "\"@t\":\"<time>\"");
        stable = stable.Replace(TestSetup.CacheHome, "<cache>", StringComparison.Ordinal);
        return ToolVersion().Replace(stable, "\"ToolVersion\":\"<version>\"");
    }

    private static void Matches(string scenario, string file, string output)
    {
        var actual = GoldenText.WithoutWallTime(output);
        var path = Path.Combine(RepositoryFiles.Root, "tests", "ArDivergence.Tui.Tests", "Golden", "files", file);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"no golden file {path}; write it with {UpdateVariable}=1 and review it");
        var tolerance = ShippedSamples.HasRealModel(scenario) ? GoldenText.RealModelTolerance : 0;
        if (GoldenText.Difference(File.ReadAllText(path), actual, tolerance) is { } difference)
        {
            Assert.Fail($"{file} differs from its golden file at {difference}");
        }
    }

    [GeneratedRegex("\"@t\":\"[^\"]*\"")]
    private static partial Regex Timestamp();

    [GeneratedRegex("\"ToolVersion\":\"[^\"]*\"")]
    private static partial Regex ToolVersion();
}
