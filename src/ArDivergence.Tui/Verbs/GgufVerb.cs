using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using ArDivergence.Core.Scenarios;
using ArDivergence.Gguf.Format;
using ArDivergence.Gguf.Models;
using ArDivergence.Gguf.Planting;
using ArDivergence.Tui.Cli;

namespace ArDivergence.Tui.Verbs;

/// <summary>
/// `ardiv gguf plant SCENARIO --lane NAME [-o FILE]`: a llama GGUF whose forward pass reproduces a
/// previous-token lane (spec §9); `ardiv gguf info FILE`: what a GGUF file holds. Bad input (a bad
/// scenario, a lane that cannot be planted, a file that is not a readable GGUF) is one line, exit 2.
/// </summary>
internal static class GgufVerb
{
    public static Command Command(ConsoleStreams console)
    {
        var command = new Command("gguf", "GGUF model files: plant a small llama model that imitates a lane, or describe a file.");
        command.Subcommands.Add(PlantCommand(console));
        command.Subcommands.Add(InfoCommand(console));
        return command;
    }

    private static Command PlantCommand(ConsoleStreams console)
    {
        var scenario = CommonOptions.ScenarioArgument();
        var lane = new Option<string>("--lane") { Description = "The lane to imitate (its conditionals must depend on the previous token alone).", Required = true };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the model (default: the cache folder, $XDG_CACHE_HOME/ardiv/models or ~/.cache/ardiv/models; the path is printed)." };
        var seed = CommonOptions.Seed();
        var command = new Command("plant", "Write a llama-architecture GGUF whose next-token distribution equals a lane's (within 1e-6).") { scenario, lane, output, seed };
        command.SetAction(result => Plant(result.GetValue(scenario)!, result.GetValue(lane)!, result.GetValue(output), result.GetValue(seed), console));
        return command;
    }

    private static Command InfoCommand(ConsoleStreams console)
    {
        var file = new Argument<string>("FILE") { Description = "A GGUF model file." };
        var command = new Command("info", "Describe a GGUF file: architecture, sizes, layers, heads, vocabulary, special tokens.") { file };
        command.SetAction(result => Info(result.GetValue(file)!, console));
        return command;
    }

    public static int Plant(string scenarioName, string laneName, string? outputPath, long? seed, ConsoleStreams console)
    {
        var source = ScenarioSource.Load(scenarioName);
        if (source.Spec is null)
        {
            return CliError.BadScenario(console.Error, source);
        }

        // The same lanes as planting on first use (`planted:LANE`), so both write the same file.
        var compiled = ScenarioCompiler.Compile(ModelFiles.SimulatedLanes(source.Spec), seed);
        try
        {
            PlantedModelFile planted;
            if (outputPath is null)
            {
                planted = PlantedModelCache.GetOrPlant(compiled, laneName);
            }
            else
            {
                var bytes = PlantedModelBuilder.Build(ConditionalExtractor.From(compiled, laneName));
                PlantedModelCache.WriteAtomically(outputPath, bytes);
                planted = new PlantedModelFile(outputPath, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length, Written: true);
            }

            var verb = planted.Written ? "wrote" : "already planted:";
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{verb} {planted.Path} ({planted.Size} bytes, sha256 {planted.Sha256[..16]}): scenario {compiled.Name}, lane {laneName}, seed {compiled.Seed}"));
            return ExitCodes.Success;
        }
        catch (PlantingException refused)
        {
            console.Error.WriteLine($"ardiv: error: {scenarioName}: {refused.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CliError.Failed(console.Error, $"cannot write the model: {e.Message}");
        }
    }

    public static int Info(string path, ConsoleStreams console)
    {
        try
        {
            var file = GgufReader.ReadFile(path);
            foreach (var line in GgufInfoText.Lines(path, file))
            {
                console.Out.WriteLine(line);
            }

            return ExitCodes.Success;
        }
        catch (GgufFormatException bad)
        {
            console.Error.WriteLine($"ardiv: error: {path}: {bad.Message}");
        }
        catch (FileNotFoundException)
        {
            console.Error.WriteLine($"ardiv: error: {path}: no such file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"ardiv: error: {path}: {e.Message}");
        }

        return ExitCodes.BadInput;
    }
}
