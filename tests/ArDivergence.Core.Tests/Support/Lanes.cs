using ArDivergence.Core.Debugging;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Specs;

namespace ArDivergence.Core.Tests.Support;

internal static class Lanes
{
    /// <summary>Exact off_manifold at L of one lane.</summary>
    public static double ExactOffAtEnd(ScenarioSpec spec, string lane, long? seed = null)
    {
        var scenario = ScenarioCompiler.Compile(spec, seed);
        var exact = new ExactOffManifold(scenario.Generator(lane));
        return exact.At(scenario.Length) ?? throw new InvalidOperationException("no exact value");
    }

    /// <summary>Runs a session to the end and returns the lane's records.</summary>
    public static IReadOnlyList<StepRecord> RunToEnd(ScenarioSpec spec, string lane, long? seed = null)
    {
        var session = new DebuggerSession(spec, new SessionOptions { Seed = seed });
        var snapshot = session.Execute(new ContinueCommand());
        return snapshot.Lane(lane).Steps;
    }
}
