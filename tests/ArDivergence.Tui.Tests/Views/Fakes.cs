using ArDivergence.Core.Debugging;
using ArDivergence.Tui.Recording;

namespace ArDivergence.Tui.Tests.Views;

/// <summary>A recorder that remembers what it saw; with a <see cref="Gate"/> it holds every command until the gate opens.</summary>
internal sealed class FakeRecorder(string? location, string? warning) : ISessionRecorder
{
    private volatile bool _waiting;

    public SessionStartInfo? Info { get; private set; }

    public string? Location { get; } = location;

    public string? Warning { get; } = warning;

    public List<DebuggerCommand> Commands { get; } = [];

    public bool Ended { get; private set; }

    public bool Disposed { get; private set; }

    public ManualResetEventSlim? Gate { get; set; }

    public bool Waiting => _waiting;

    public void SessionStarted(SessionStartInfo info, SessionSnapshot initial) => Info = info;

    public void CommandExecuted(DebuggerCommand command, SessionSnapshot before, SessionSnapshot after)
    {
        lock (Commands)
        {
            Commands.Add(command);
        }

        if (Gate is { } gate)
        {
            _waiting = true;
            gate.Wait(TimeSpan.FromSeconds(30));
            _waiting = false;
        }
    }

    public void CommandFailed(DebuggerCommand command, string message)
    {
    }

    public void Error(string message)
    {
    }

    public void SessionEnded(SessionSnapshot last) => Ended = true;

    public void Dispose() => Disposed = true;
}

/// <summary>A temporary folder, deleted at the end.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("ardiv-tui-").FullName;
    }

    public string Path { get; }

    public string Write(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
