using LLama.Native;

namespace ArDivergence.Models;

/// <summary>
/// llama.cpp writes its log to stderr by default, which would scribble over the terminal debugger: the log goes
/// nowhere unless ARDIV_LLAMA_LOG names a file. Set once, before the first native call.
/// </summary>
internal static class NativeLogging
{
    private static readonly Lock Gate = new();
    private static bool _done;

    public static void Silence()
    {
        lock (Gate)
        {
            if (_done)
            {
                return;
            }

            _done = true;
            var file = Environment.GetEnvironmentVariable("ARDIV_LLAMA_LOG");
            NativeLibraryConfig.All.WithLogCallback((level, message) =>
            {
                if (!string.IsNullOrEmpty(file))
                {
                    File.AppendAllText(file, $"{level}: {message}");
                }
            });
        }
    }
}
