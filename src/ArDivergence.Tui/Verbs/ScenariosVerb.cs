using System.CommandLine;
using ArDivergence.Scenarios;
using ArDivergence.Tui.Cli;

namespace ArDivergence.Tui.Verbs;

/// <summary>`ardiv scenarios [--export DIR]`: list the shipped scenarios, or write them (and the schema) to a folder.</summary>
internal static class ScenariosVerb
{
    public static Command Command(ConsoleStreams console)
    {
        var export = new Option<string?>("--export") { Description = "Write every shipped scenario and scenario.schema.json to this folder." };
        var command = new Command("scenarios", "List the shipped scenarios (or export them to start your own).") { export };
        command.SetAction(result => Execute(result.GetValue(export), console));
        return command;
    }

    public static int Execute(string? exportFolder, ConsoleStreams console)
    {
        if (exportFolder is null)
        {
            foreach (var shipped in ShippedScenarios.All)
            {
                var title = shipped.Load().Spec?.Title ?? "";
                var marker = shipped.Name == ShippedScenarios.DefaultName ? " (default)" : "";
                console.Out.WriteLine($"{shipped.Name,-22} {title}{marker}");
            }

            return ExitCodes.Success;
        }

        Directory.CreateDirectory(exportFolder);
        foreach (var shipped in ShippedScenarios.All)
        {
            File.WriteAllText(Path.Combine(exportFolder, shipped.FileName), shipped.Text);
        }

        File.WriteAllText(Path.Combine(exportFolder, "scenario.schema.json"), ShippedScenarios.SchemaText);
        console.Out.WriteLine($"wrote {ShippedScenarios.All.Count} scenarios and scenario.schema.json to {exportFolder}");
        return ExitCodes.Success;
    }
}
