namespace ArDivergence.Tui.Cli;

/// <summary>Where a verb writes, injectable so verbs are tested without a console.</summary>
public sealed record ConsoleStreams(TextWriter Out, TextWriter Error, bool OutIsTerminal)
{
    public static ConsoleStreams System { get; } = new(Console.Out, Console.Error, !Console.IsOutputRedirected)
    {
        ErrorIsTerminal = !Console.IsErrorRedirected,
    };

    /// <summary>Whether stderr is a terminal: progress bars are drawn only there.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>The clock progress bars are throttled by (a fake one in tests).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
