namespace ArDivergence.Tui.Cli;

/// <summary>Writes the one-line error messages of `ardiv` (never a stack trace).</summary>
internal static class CliError
{
    public static int Usage(TextWriter error, string message)
    {
        error.WriteLine($"ardiv: error: {message}");
        error.WriteLine("Try 'ardiv --help'.");
        return ExitCodes.BadInput;
    }

    public static int Failed(TextWriter error, string message)
    {
        error.WriteLine($"ardiv: error: {message}");
        return ExitCodes.Failure;
    }

    /// <summary>Prints every diagnostic of a scenario that failed to load; returns 2.</summary>
    public static int BadScenario(TextWriter error, ScenarioSource source)
    {
        foreach (var diagnostic in source.Result.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }

        return ExitCodes.BadInput;
    }
}
