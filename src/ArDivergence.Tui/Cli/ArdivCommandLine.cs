using System.CommandLine;
using ArDivergence.Core;
using ArDivergence.Tui.Verbs;

namespace ArDivergence.Tui.Cli;

/// <summary>The verbs of `ardiv` and their options (System.CommandLine).</summary>
public static class ArdivCommandLine
{
    public static int Run(string[] args) => Run(args, ConsoleStreams.System);

    public static int Run(string[] args, ConsoleStreams console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var root = Build(console);
        var parsed = root.Parse(args);
        if (parsed.CommandResult.Command != root)
        {
            // A verb's usage line would otherwise read `ardiv [<FILE>] estimate <FILE>`: the root's FILE
            // belongs to `ardiv` alone (it is `ardiv tui FILE`).
            foreach (var argument in root.Arguments)
            {
                argument.Hidden = true;
            }
        }

        if (parsed.Errors.Count > 0)
        {
            return CliError.Usage(console.Error, string.Join("; ", parsed.Errors.Select(e => e.Message)));
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (AggregateException parallel) when (parallel.InnerExceptions.All(e => e is ScenarioLimitException))
        {
            console.Error.WriteLine($"ardiv: error: {parallel.InnerExceptions[0].Message}");
            return ExitCodes.BadInput;
        }
        catch (ScenarioLimitException limit)
        {
            // A limit the validator could not see before compiling (e.g. a state space): bad input, not a crash.
            console.Error.WriteLine($"ardiv: error: {limit.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception ex)
        {
            return CliError.Failed(console.Error, ex.Message);
        }
    }

    private static RootCommand Build(ConsoleStreams console)
    {
        var root = new RootCommand(
            "ardiv — a terminal step-through debugger for token generation. " +
            "With no verb it opens the debugger on the default scenario.");
        var tui = TuiVerb.Command(console);
        root.Subcommands.Add(tui);
        root.Subcommands.Add(RunVerb.Command(console));
        root.Subcommands.Add(EstimateVerb.Command(console));
        root.Subcommands.Add(ValidateVerb.Command(console));
        root.Subcommands.Add(ReplayVerb.Command(console));
        root.Subcommands.Add(ScenariosVerb.Command(console));
        root.Subcommands.Add(GgufVerb.Command(console));
        TuiVerb.AddToRoot(root, console);
        return root;
    }
}
