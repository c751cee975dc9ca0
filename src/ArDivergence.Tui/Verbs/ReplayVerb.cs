using System.CommandLine;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Recording;
using ArDivergence.Tui.Views;

namespace ArDivergence.Tui.Verbs;

/// <summary>
/// `ardiv replay LOG`: re-executes a recorded session and compares every step — exit 0 when all agree,
/// 1 at the first divergence, 2 when the log cannot be read. With --tui: opens the session at its last state.
/// </summary>
internal static class ReplayVerb
{
    public static Command Command(ConsoleStreams console)
    {
        var log = new Argument<string>("LOG") { Description = "A session log written by `ardiv tui` or `ardiv run --log`." };
        var scenario = new Option<string?>("--scenario") { Description = "Replay on this scenario file instead of the recorded one (no hash check)." };
        var tui = new Option<bool>("--tui") { Description = "Open the session in the debugger at its last state." };
        var models = CommonOptions.Models();
        var command = new Command("replay", "Re-execute a recorded session and check that every step agrees.") { log, scenario, tui, models };
        command.SetAction(result => Execute(result.GetValue(log)!, result.GetValue(scenario), result.GetValue(tui), console, result.GetValue(models)));
        return command;
    }

    public static int Execute(string logPath, string? scenario, bool openInTui, ConsoleStreams console, IReadOnlyList<string>? models = null)
    {
        var log = SessionLog.Read(logPath, out var problem);
        if (problem is not null)
        {
            console.Error.WriteLine($"ardiv: error: {problem}");
            return ExitCodes.BadInput;
        }

        return openInTui ? OpenInTui(log, scenario, console, models) : Compare(log, scenario, console, models);
    }

    private static int Compare(SessionLog log, string? scenario, ConsoleStreams console, IReadOnlyList<string>? models)
    {
        var outcome = SessionReplayer.Replay(log, scenario, models: models);
        switch (outcome.Verdict)
        {
            case ReplayVerdict.Agrees:
                console.Out.WriteLine(outcome.Message);
                return ExitCodes.Success;
            case ReplayVerdict.Diverges:
                console.Error.WriteLine($"ardiv: {outcome.Message}");
                return ExitCodes.Failure;
            default:
                foreach (var line in outcome.Message.Split('\n'))
                {
                    console.Error.WriteLine(line.Contains(": error: ", StringComparison.Ordinal) ? line : $"ardiv: error: {line}");
                }

                return ExitCodes.BadInput;
        }
    }

    private static int OpenInTui(SessionLog log, string? scenario, ConsoleStreams console, IReadOnlyList<string>? models)
    {
        var start = log.Events[0].Properties;
        var path = scenario ?? CommandCodec.Text(start, "ScenarioPath");
        var session = SessionReplayer.OpenSession(log, scenario, out var problems, models: models);
        var commands = SessionReplayer.Commands(log, out var problem);
        if (session is null || path is null || problem is not null)
        {
            foreach (var line in problem is null ? problems : [problem])
            {
                console.Error.WriteLine($"ardiv: error: {line}");
            }

            return ExitCodes.BadInput;
        }

        var source = ScenarioSource.Load(path);
        return DebuggerApp.Run(new TuiLaunch(
            source,
            session.Scenario.Seed,
            info => SessionRecorders.ToStateFolder(info),
            [.. commands.Where(c => !c.Failed).Select(c => c.Command)])
        {
            Models = models ?? [],
        }, console.Error);
    }
}
