using System.CommandLine;
using System.Text;
using ArDivergence.Core.Traces;
using ArDivergence.Scenarios.Import;
using ArDivergence.Traces;
using ArDivergence.Tui.Cli;

namespace ArDivergence.Tui.Verbs;

/// <summary>
/// `ardiv import FILE... [--format F] [-o DIR]`: converts recorded responses into ardiv trace JSON, one
/// file per generation in a folder per model (DIR/MODEL/NAME.json), and writes DIR/scenario.yaml with a
/// trace lane per model. Every file is read before anything is written: a bad one is reported (one line,
/// naming the file and the JSON path) and nothing is written, exit 2. An existing scenario.yaml is kept.
/// </summary>
internal static class ImportVerb
{
    public const string ScenarioFileName = "scenario.yaml";

    public static Command Command(ConsoleStreams console)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Saved server responses with log-probabilities (OpenAI, vLLM, llama.cpp, Ollama; whole or streamed).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "The responses' format (default: detected from each file).",
            HelpName = string.Join('|', TraceFormats.All),
            DefaultValueFactory = _ => TraceFormats.Auto,
        };
        format.AcceptOnlyFromAmong([.. TraceFormats.All]);
        var output = new Option<string>("--output", "-o")
        {
            Description = "The folder to write the traces and the starter scenario to (default: imported).",
            HelpName = "DIR",
            DefaultValueFactory = _ => "imported",
        };
        var command = new Command("import", "Convert recorded generations of a real model into ardiv traces and a starter scenario.")
        {
            files, format, output,
        };
        command.SetAction(result => Execute(result.GetValue(files) ?? [], result.GetValue(format)!, result.GetValue(output)!, console));
        return command;
    }

    public static int Execute(IReadOnlyList<string> files, string format, string directory, ConsoleStreams console)
    {
        var traces = new List<(string Input, RecordedTrace Trace)>();
        var failed = false;
        foreach (var file in files)
        {
            try
            {
                traces.AddRange(TraceReader.ReadFile(file, format).Select(t => (file, t)));
            }
            catch (TraceReadException bad)
            {
                console.Error.WriteLine(bad.Message);
                failed = true;
            }
        }

        if (failed)
        {
            console.Error.WriteLine("ardiv: nothing was written");
            return ExitCodes.BadInput;
        }

        var written = ImportLayout.Plan(traces);
        Directory.CreateDirectory(directory);
        foreach (var (relative, trace) in written)
        {
            var path = Path.Combine(directory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, ArdivTraceWriter.Write(trace));
        }

        console.Out.WriteLine($"wrote {written.Count} trace{(written.Count == 1 ? "" : "s")} to {directory}");
        var scenario = Path.Combine(directory, ScenarioFileName);
        if (File.Exists(scenario))
        {
            console.Out.WriteLine($"kept the existing {scenario} (delete it to get a fresh starter scenario)");
            return ExitCodes.Success;
        }

        var all = written.Select(w => w.Trace).ToList();
        var text = StarterScenario.Text(
            [.. files.Select(Path.GetFileName).OfType<string>()],
            all.Select(t => t.Prompt).FirstOrDefault(p => p is not null),
            all.Count == 0 ? 1 : all.Max(t => t.Tokens.Length),
            ImportLayout.Lanes(written),
            [.. all.GroupBy(t => t.Text).OrderByDescending(g => g.Count()).Select(g => g.Key)]);
        File.WriteAllText(scenario, text, new UTF8Encoding(false));
        console.Out.WriteLine($"wrote {scenario}: fill in its prompt and right answers, then run `ardiv tui {scenario}`");
        return ExitCodes.Success;
    }
}
