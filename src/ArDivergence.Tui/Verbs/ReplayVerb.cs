using System.CommandLine;
using ArDivergence.Tui.Cli;

namespace ArDivergence.Tui.Verbs;

/// <summary>`ardiv replay LOG`: re-executes a recorded session and compares every step.</summary>
internal static class ReplayVerb
{
    public static Command Command(ConsoleStreams console)
    {
        var log = new Argument<string>("LOG") { Description = "A session log written by `ardiv tui` or `ardiv run --log`." };
        var command = new Command("replay", "Re-execute a recorded session and check that every step agrees.") { log };
        command.SetAction(_ => CliError.Failed(console.Error, "replay is not available yet"));
        return command;
    }
}
