using System.Diagnostics;
using ArDivergence.Core.Models;
using ArDivergence.Core.Specs;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Recording;
using ArDivergence.Tui.Tests.Verbs;
using ArDivergence.Tui.Tests.Views;
using ArDivergence.Tui.Views;
using Terminal.Gui.Input;

namespace ArDivergence.Tui.Tests.Models;

/// <summary>
/// A llama.cpp native library that cannot be loaded (issue 12, item 2). llama.cpp is loaded once per process, so the
/// headless verbs run in a child process whose ARDIV_LLAMA_LIBRARY points LLamaSharp at a file that is not a library;
/// the debugger's handling of the failure is checked in process with a model loader that fails the same way.
/// </summary>
public class NativeLibraryFailureTests
{
    private const string Variable = "ARDIV_LLAMA_LIBRARY";

    [Theory]
    [InlineData("run", "--samples", "5")]
    [InlineData("estimate", "--samples", "5")]
    [InlineData("validate")]
    [InlineData("tui", "--no-log")]
    public void A_library_that_cannot_load_is_one_line_naming_the_model_and_the_library_with_exit_code_2(string verb, params string[] options)
    {
        using var folder = new Recording.TempFolder();
        var library = folder.File("libllama.so");
        File.WriteAllText(library, "not a shared library");
        var (exit, output, error) = RunArdiv(library, [verb, "real-model-planted", .. options]);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal(
            $"ardiv: error: {PlantedModelPath()}: the llama.cpp native library cannot be loaded from {library} ({Variable}); is it a llama.cpp library built for LLamaSharp 0.30 on this platform?",
            error.TrimEnd('\n'));
    }

    [Fact]
    public void Replaying_a_recording_where_the_library_cannot_load_is_one_line_with_exit_code_2()
    {
        using var folder = new Recording.TempFolder();
        var log = folder.File("real.clef");
        var (recorded, _, recordError) = CliRunner.Run("run", "real-model-planted", "--steps", "2", "--samples", "5", "--log", log, "--format", "csv");
        Assert.True(recorded == 0, recordError);
        var library = folder.File("libllama.so");
        File.WriteAllBytes(library, [0x7f, (byte)'E', (byte)'L', (byte)'F', 0, 0, 0]);
        var (exit, _, error) = RunArdiv(library, ["replay", log]);
        Assert.Equal(2, exit);
        var line = Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("ardiv: error: ", line, StringComparison.Ordinal);
        Assert.Contains($"{PlantedModelPath()}: the llama.cpp native library cannot be loaded from {library} ({Variable})", line, StringComparison.Ordinal);
    }

    [Fact]
    public void In_the_debugger_opening_a_real_model_scenario_whose_library_cannot_load_says_why_and_keeps_the_session()
    {
        using var folder = new Recording.TempFolder();
        var log = folder.File("kept.clef");
        const string why = "the llama.cpp native library cannot be loaded; is the LLamaSharp.Backend.Cpu package installed for this platform?";
        var options = TuiHarness.Defaults() with
        {
            SessionOptions = new Core.Debugging.SessionOptions { Models = new FailingModels(why) },
            RecorderFactory = _ => SessionRecorders.ToFile(log),
        };
        using (var tui = new TuiHarness("lecun-iid", 120, 40, options))
        {
            tui.Press(Key.N, Key.N);
            tui.Controller.OpenScenario(ScenarioSource.Load("real-model-planted"));
            tui.Settle();

            var message = tui.Controller.Message!;
            Assert.Equal(MessageKind.Error, message.Kind);
            Assert.Equal($"cannot open shipped:real-model-planted: {PlantedModelPath()}: {why}", message.Text);
            Assert.Contains("cannot open shipped:real-model-planted", tui.Text, StringComparison.Ordinal);

            // A dialog says it too, and Enter closes it.
            Assert.Contains("Cannot open shipped:real-model-planted", tui.Text, StringComparison.Ordinal);
            Assert.Contains("The current session is unchanged and still recording.", tui.Text, StringComparison.Ordinal);
            tui.Press(Key.Enter);
            Assert.DoesNotContain("Cannot open shipped:real-model-planted", tui.Text, StringComparison.Ordinal);

            // The session is the one that was open, where it was, and it goes on.
            Assert.Equal("lecun-iid", tui.Snapshot.Scenario.Name);
            Assert.Equal(2, tui.Snapshot.T);
            tui.Press(Key.N);
            Assert.Equal(3, tui.Snapshot.T);
            tui.Press(Key.Q);
            Assert.True(tui.QuitRequested);
        }

        // ... and so is its recording: three steps, then the end of the session.
        var events = File.ReadAllLines(log);
        Assert.Equal(3, events.Count(e => e.Contains("\"Command\":\"step\"", StringComparison.Ordinal)));
        Assert.Contains("\"Event\":\"SessionEnded\"", events[^1], StringComparison.Ordinal);
    }

    /// <summary>Where `planted:twin` of real-model-planted is planted in this test run's cache.</summary>
    private static string PlantedModelPath()
    {
        var source = ScenarioSource.Load("real-model-planted");
        var spec = ModelFiles.Resolve(source.Spec!, source.Path, null, out var problem);
        Assert.True(spec is not null, problem);
        return ((GgufModelSpec)((AutoregressiveGeneratorSpec)spec.Generators.Single(g => g.Name == "real")).Model).Path;
    }

    /// <summary>The executable in a child process whose llama.cpp library is <paramref name="library"/>.</summary>
    private static (int Exit, string Output, string Error) RunArdiv(string library, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ardiv.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[Variable] = library;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"ardiv {string.Join(' ', arguments)} did not finish in 120 s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>A model loader that fails as LlamaModelProvider does when llama.cpp cannot be loaded: one line naming the file.</summary>
    private sealed class FailingModels(string why) : ILanguageModelProvider
    {
        public ILanguageModel Open(string path) => throw new ModelLoadException($"{path}: {why}");
    }
}
