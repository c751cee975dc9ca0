using System.CommandLine;
using ArDivergence.Tui.Cli;

namespace ArDivergence.Tui.Verbs;

/// <summary>`ardiv validate FILE...`: every mistake as FILE:LINE:COL: error: MESSAGE (notes as `note:`, which keep exit 0); exit 0 or 2.</summary>
internal static class ValidateVerb
{
    public static Command Command(ConsoleStreams console)
    {
        var files = new Argument<string[]>("FILE") { Description = "Scenario files to check.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check scenario files; print every mistake with its line and column.") { files };
        command.SetAction(result => Execute(result.GetValue(files) ?? [], console));
        return command;
    }

    public static int Execute(IReadOnlyList<string> files, ConsoleStreams console)
    {
        var failed = 0;
        foreach (var file in files)
        {
            var source = ScenarioSource.Load(file);
            foreach (var note in source.Result.Notes)
            {
                console.Error.WriteLine(note.ToString());
            }

            if (source.Result.Succeeded)
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
}
