using System.Runtime.CompilerServices;

namespace ArDivergence.Tui.Tests;

internal static class TestSetup
{
    /// <summary>
    /// Terminal.Gui's ANSI driver opens /dev/tty when there is one, even with stdout redirected, and
    /// paints over the terminal running the tests. This keeps every headless test off the real terminal.
    /// </summary>
    [ModuleInitializer]
    internal static void DisableRealTerminal() => Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
}
