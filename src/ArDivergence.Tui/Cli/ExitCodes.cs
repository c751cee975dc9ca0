namespace ArDivergence.Tui.Cli;

/// <summary>What `ardiv` returns to the shell.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Anything else that went wrong (one line on stderr, no stack trace); replay: a divergence.</summary>
    public const int Failure = 1;

    /// <summary>Bad usage or a bad scenario (FILE:LINE:COL: error: messages on stderr); replay: an unreadable log.</summary>
    public const int BadInput = 2;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT, as shells report it); what was finished is kept.</summary>
    public const int Interrupted = 130;
}
