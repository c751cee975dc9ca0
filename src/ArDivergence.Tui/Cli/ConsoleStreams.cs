namespace ArDivergence.Tui.Cli;

/// <summary>Where a verb writes, injectable so verbs are tested without a console.</summary>
public sealed record ConsoleStreams(TextWriter Out, TextWriter Error, bool OutIsTerminal)
{
    public static ConsoleStreams System { get; } = new(Console.Out, Console.Error, !Console.IsOutputRedirected);
}
