using System.CommandLine;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Recording;
using ArDivergence.Tui.Views;

namespace ArDivergence.Tui.Verbs;

/// <summary>`ardiv [tui] [FILE]`: the terminal debugger (the embedded default scenario when no FILE).</summary>
internal static class TuiVerb
{
    private static readonly Argument<string?> RootFile = new("FILE")
    {
        Description = "A scenario file or shipped scenario name (default: the embedded default scenario).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private static readonly Option<long?> RootSeed = CommonOptions.Seed();
    private static readonly Option<string?> RootLog = LogOption();
    private static readonly Option<bool> RootNoLog = NoLogOption();

    /// <summary>The options `ardiv` itself takes (it is `ardiv tui`).</summary>
    public static IReadOnlyList<Option> RootOptions => [RootSeed, RootLog, RootNoLog];

    public static Argument RootArgument => RootFile;

    public static Command Command(ConsoleStreams console)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "A scenario file or shipped scenario name (default: the embedded default scenario).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var seed = CommonOptions.Seed();
        var log = LogOption();
        var noLog = NoLogOption();
        var command = new Command("tui", "Open the terminal debugger.") { file, seed, log, noLog };
        command.SetAction(result => Run(result.GetValue(file), result.GetValue(seed), result.GetValue(log), result.GetValue(noLog), console));
        return command;
    }

    /// <summary>The action of `ardiv` with no verb.</summary>
    public static int Execute(ParseResult result, string? file, ConsoleStreams console)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Run(file ?? result.GetValue(RootFile), result.GetValue(RootSeed), result.GetValue(RootLog), result.GetValue(RootNoLog), console);
    }

    private static int Run(string? file, long? seed, string? log, bool noLog, ConsoleStreams console)
    {
        var source = file is null ? ScenarioSource.Default() : ScenarioSource.Load(file);
        if (!source.Result.Succeeded)
        {
            return CliError.BadScenario(console.Error, source);
        }

        Func<SessionStartInfo, ISessionRecorder> recorders = noLog
            ? _ => NullSessionRecorder.Instance
            : info => log is null ? SessionRecorders.ToStateFolder(info) : SessionRecorders.ToFile(log);
        return DebuggerApp.Run(new TuiLaunch(source, seed, recorders, []));
    }

    private static Option<string?> LogOption() => new("--log")
    {
        Description = "Record the session to this file (default: a timestamped file under $XDG_STATE_HOME/ardiv/sessions).",
    };

    private static Option<bool> NoLogOption() => new("--no-log") { Description = "Do not record the session." };
}
