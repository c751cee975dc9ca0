namespace ArDivergence.Tui.Views;

/// <summary>The terminal debugger (Terminal.Gui v2).</summary>
public static class DebuggerApp
{
    /// <summary>Runs the debugger until the user quits; returns the process exit code.</summary>
    public static int Run(TuiLaunch launch)
    {
        ArgumentNullException.ThrowIfNull(launch);
        throw new NotSupportedException("the terminal debugger is not written yet");
    }
}
