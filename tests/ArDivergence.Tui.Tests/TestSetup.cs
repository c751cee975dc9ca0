using System.Runtime.CompilerServices;

namespace ArDivergence.Tui.Tests;

internal static class TestSetup
{
    /// <summary>
    /// The cache folder every test of this run plants models into (`planted:LANE` paths): a fresh temporary
    /// folder, so the tests behave as on a fresh machine and never read or write the user's ~/.cache. Child
    /// processes (the executable in tmux) inherit it through XDG_CACHE_HOME.
    /// </summary>
    public static string CacheHome { get; } = Path.Combine(Path.GetTempPath(), $"ardiv-tests-cache-{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>
    /// Terminal.Gui's ANSI driver opens /dev/tty when there is one, even with stdout redirected, and
    /// paints over the terminal running the tests. This keeps every headless test off the real terminal.
    /// </summary>
    [ModuleInitializer]
    internal static void DisableRealTerminal() => Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");

    [ModuleInitializer]
    internal static void UseAFreshModelCache()
    {
        Directory.CreateDirectory(CacheHome);
        Environment.SetEnvironmentVariable("XDG_CACHE_HOME", CacheHome);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveCache();
    }

    private static void RemoveCache()
    {
        try
        {
            Directory.Delete(CacheHome, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary folder is harmless; the next run uses a new one.
        }
    }
}
