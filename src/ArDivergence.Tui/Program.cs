using ArDivergence.Tui.Cli;

namespace ArDivergence.Tui;

internal static class Program
{
    private static int Main(string[] args) => ArdivCommandLine.Run(args);
}
