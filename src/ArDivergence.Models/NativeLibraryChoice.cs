using LLama.Native;

namespace ArDivergence.Models;

/// <summary>
/// Which llama.cpp library LLamaSharp loads: the best CPU build of the LLamaSharp.Backend.Cpu package, unless
/// ARDIV_LLAMA_LIBRARY names a library file (a llama.cpp built for this LLamaSharp version, or, in the tests, a
/// broken file that proves a library that cannot load is a one-line error). Set once, before the first native call.
/// </summary>
internal static class NativeLibraryChoice
{
    public const string Variable = "ARDIV_LLAMA_LIBRARY";

    private static readonly Lock Gate = new();
    private static bool _done;

    /// <summary>One line saying which library could not be loaded and what to check.</summary>
    public static string WhyNotLoaded() => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } library
        ? $"the llama.cpp native library cannot be loaded from {Path.GetFullPath(library)} ({Variable}); is it a llama.cpp library built for LLamaSharp 0.30 on this platform?"
        : "the llama.cpp native library cannot be loaded; is the LLamaSharp.Backend.Cpu package installed for this platform, with its system libraries (libgomp1, libstdc++6)?";

    public static void Apply()
    {
        lock (Gate)
        {
            if (_done)
            {
                return;
            }

            _done = true;
            if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } library)
            {
                NativeLibraryConfig.LLama.WithLibrary(Path.GetFullPath(library));
            }
        }
    }
}
