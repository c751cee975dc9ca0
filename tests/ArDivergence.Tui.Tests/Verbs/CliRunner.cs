using ArDivergence.Tui.Cli;

namespace ArDivergence.Tui.Tests.Verbs;

/// <summary>Runs `ardiv` in-process with captured output.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = ArdivCommandLine.Run(args, new ConsoleStreams(output, error, OutIsTerminal: false));
        return (exit, output.ToString(), error.ToString());
    }
}
