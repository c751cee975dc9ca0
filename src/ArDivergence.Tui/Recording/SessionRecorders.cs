namespace ArDivergence.Tui.Recording;

/// <summary>Makes recorders (the Serilog file recorder comes with the session-log work).</summary>
public static class SessionRecorders
{
    public static ISessionRecorder ToFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return NullSessionRecorder.Instance;
    }

    public static ISessionRecorder ToStateFolder(SessionStartInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return NullSessionRecorder.Instance;
    }
}
