using System.Diagnostics;
using System.Security.Cryptography;
using ArDivergence.Core.Scenarios;
using ArDivergence.Gguf.Format;
using ArDivergence.Gguf.Planting;
using ArDivergence.Scenarios;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Tests.Recording;

namespace ArDivergence.Tui.Tests.Models;

/// <summary>
/// Planting into a shared cache: processes and threads that plant the same model at once leave one whole file
/// (written to a temporary name, then renamed), and `ardiv gguf plant` prints where it is.
/// </summary>
public class PlantingConcurrencyTests
{
    [Fact]
    public void Four_processes_planting_the_same_model_at_once_leave_one_whole_file_and_print_where_it_is()
    {
        using var cache = new TempFolder();
        var processes = Enumerable.Range(0, 4).Select(_ => StartPlant(cache.Path)).ToList();
        var results = processes.Select(Finish).ToList();

        var folder = Path.Combine(cache.Path, "ardiv", "models");
        var file = Assert.Single(Directory.GetFiles(folder)); // one model, no temporary file left behind
        Assert.All(results, r =>
        {
            Assert.True(r.Exit == 0, r.Error);
            Assert.Matches($"^(wrote|already planted:) {System.Text.RegularExpressions.Regex.Escape(file)} \\(", r.Output);
        });

        // Whole: the bytes are the planted model's, whose hash the name carries, and they read back as GGUF.
        var expected = Expected();
        Assert.Equal(expected, File.ReadAllBytes(file));
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(expected))[..16], Path.GetFileName(file), StringComparison.Ordinal);
        Assert.Equal("real-model-planted", GgufReader.ReadFile(file)[PlantedKeys.Scenario]!.AsString());
    }

    [Fact]
    public async Task A_reader_never_sees_part_of_a_model_while_threads_write_it_at_once()
    {
        using var folder = new TempFolder();
        var path = folder.File("model.gguf");
        var bytes = Expected();
        const int writers = 6, rounds = 20;
        using var start = new Barrier(writers + 1);
        var done = 0;
        var tasks = Enumerable.Range(0, writers).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < rounds; i++)
            {
                PlantedModelCache.WriteAtomically(path, bytes);
            }

            Interlocked.Increment(ref done);
        })).ToList();

        start.SignalAndWait();
        var reads = 0;
        while (Volatile.Read(ref done) < writers)
        {
            if (File.Exists(path))
            {
                Assert.Equal(bytes.Length, File.ReadAllBytes(path).Length);
                reads++;
            }
        }

        await Task.WhenAll(tasks);
        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Equal(["model.gguf"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
        Assert.True(reads > 0);
    }

    /// <summary>The bytes planting real-model-planted's `twin` gives, computed in process.</summary>
    private static byte[] Expected()
    {
        var spec = ShippedScenarios.Find("real-model-planted")!.Load().Spec!;
        return PlantedModelBuilder.Build(ConditionalExtractor.From(ScenarioCompiler.Compile(ModelFiles.SimulatedLanes(spec)), "twin"));
    }

    private static Process StartPlant(string cacheHome)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "ardiv.dll"), "gguf", "plant", "real-model-planted", "--lane", "twin" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["XDG_CACHE_HOME"] = cacheHome;
        return Process.Start(start)!;
    }

    private static (int Exit, string Output, string Error) Finish(Process process)
    {
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("ardiv gguf plant did not finish in 120 s");
            }

            return (process.ExitCode, output.Result.TrimEnd('\n'), error.Result);
        }
    }
}
