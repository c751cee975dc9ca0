using System.CommandLine;
using ArDivergence.Core.Models;
using ArDivergence.Core.Scenarios;
using ArDivergence.Tui.Cli;

namespace ArDivergence.Tui.Verbs;

/// <summary>`ardiv validate FILE...`: every mistake as FILE:LINE:COL: error: MESSAGE (notes as `note:`, which keep exit 0); exit 0 or 2.</summary>
internal static class ValidateVerb
{
    public static Command Command(ConsoleStreams console)
    {
        var files = new Argument<string[]>("FILE") { Description = "Scenario files to check.", Arity = ArgumentArity.OneOrMore };
        var models = CommonOptions.Models();
        var command = new Command("validate", "Check scenario files (and the model files of real-model lanes); print every mistake with its line and column.")
        {
            files, models,
        };
        command.SetAction(result => Execute(result.GetValue(files) ?? [], console, result.GetValue(models)));
        return command;
    }

    public static int Execute(IReadOnlyList<string> files, ConsoleStreams console, IReadOnlyList<string>? models = null)
    {
        var failed = 0;
        foreach (var file in files)
        {
            var source = ScenarioSource.Load(file);
            foreach (var note in source.Result.Notes)
            {
                console.Error.WriteLine(note.ToString());
            }

            if (source.Result.Succeeded && ModelProblem(source, models) is { } problem)
            {
                console.Error.WriteLine($"ardiv: error: {problem}");
                failed++;
            }
            else if (source.Result.Succeeded)
            {
                console.Out.WriteLine($"{file}: ok");
            }
            else
            {
                CliError.BadScenario(console.Error, source);
                failed++;
            }
        }

        return failed == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }

    /// <summary>Why a real-model lane cannot run (its file missing, not GGUF, lacking a token, ...), or null; compiling opens each model.</summary>
    private static string? ModelProblem(ScenarioSource source, IReadOnlyList<string>? models)
    {
        if (!ModelFiles.HasRealModel(source.Spec!))
        {
            return null;
        }

        if (ModelFiles.Resolve(source.Spec!, source.Path, models, out var error) is not { } spec)
        {
            return error;
        }

        try
        {
            ScenarioCompiler.Compile(spec, models: ModelFiles.Provider);
            return null;
        }
        catch (ModelLoadException e)
        {
            return e.Message;
        }
    }
}
