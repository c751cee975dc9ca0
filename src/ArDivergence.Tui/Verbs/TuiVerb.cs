using System.CommandLine;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Recording;
using ArDivergence.Tui.Views;

namespace ArDivergence.Tui.Verbs;

/// <summary>`ardiv [tui] [FILE]`: the terminal debugger (the embedded default scenario when no FILE).</summary>
internal static class TuiVerb
{
    /// <summary>
    /// Gives `ardiv` itself the FILE argument and the options of `ardiv tui`. Made per command line (not
    /// static) because the help of a verb hides the root's FILE, and tests build command lines in parallel.
    /// </summary>
    public static void AddToRoot(RootCommand root, ConsoleStreams console)
    {
        ArgumentNullException.ThrowIfNull(root);
        var file = FileArgument();
        var seed = CommonOptions.Seed();
        var log = LogOption();
        var noLog = NoLogOption();
        var models = CommonOptions.Models();
        root.Arguments.Add(file);
        root.Options.Add(seed);
        root.Options.Add(log);
        root.Options.Add(noLog);
        root.Options.Add(models);
        root.SetAction(result => Run(result.GetValue(file), result.GetValue(seed), result.GetValue(log), result.GetValue(noLog), console, result.GetValue(models)));
    }

    public static Command Command(ConsoleStreams console)
    {
        var file = FileArgument();
        var seed = CommonOptions.Seed();
        var log = LogOption();
        var noLog = NoLogOption();
        var models = CommonOptions.Models();
        var command = new Command("tui", "Open the terminal debugger.") { file, seed, log, noLog, models };
        command.SetAction(result => Run(result.GetValue(file), result.GetValue(seed), result.GetValue(log), result.GetValue(noLog), console, result.GetValue(models)));
        return command;
    }

    private static int Run(string? file, long? seed, string? log, bool noLog, ConsoleStreams console, IReadOnlyList<string>? models)
    {
        var source = file is null ? ScenarioSource.Default() : ScenarioSource.Load(file);
        if (!source.Result.Succeeded)
        {
            return CliError.BadScenario(console.Error, source);
        }

        Func<SessionStartInfo, ISessionRecorder> recorders = noLog
            ? _ => NullSessionRecorder.Instance
            : info => log is null ? SessionRecorders.ToStateFolder(info) : SessionRecorders.ToFile(log);
        return DebuggerApp.Run(new TuiLaunch(source, seed, recorders, []) { Models = models ?? [] }, console.Error);
    }

    private static Argument<string?> FileArgument() => new("FILE")
    {
        Description = "A scenario file or shipped scenario name (default: the embedded default scenario).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private static Option<string?> LogOption() => new("--log")
    {
        Description = "Record the session to this file (default: a timestamped file under $XDG_STATE_HOME/ardiv/sessions).",
    };

    private static Option<bool> NoLogOption() => new("--no-log") { Description = "Do not record the session." };
}
