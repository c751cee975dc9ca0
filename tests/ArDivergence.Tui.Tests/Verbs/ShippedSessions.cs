using ArDivergence.Core.Debugging;
using ArDivergence.Tui.Cli;

namespace ArDivergence.Tui.Tests.Verbs;

/// <summary>A shipped scenario's session opened as the executable opens it: real-model lanes load their files (`planted:LANE` planted into the test run's cache).</summary>
internal static class ShippedSessions
{
    public static DebuggerSession Open(string name)
    {
        var source = ScenarioSource.Load(name);
        Assert.True(source.Result.Succeeded, string.Join('\n', source.Result.Diagnostics));
        var spec = ModelFiles.Resolve(source.Spec!, source.Path, null, out var problem);
        Assert.True(spec is not null, problem);
        return new DebuggerSession(spec, new SessionOptions { Models = ModelFiles.Provider });
    }
}
