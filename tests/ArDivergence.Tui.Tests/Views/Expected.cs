using ArDivergence.Core.Debugging;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Output;
using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Tests.Views;

/// <summary>What the screen should show, computed without the view: a fresh core session and `ardiv run`'s formatting.</summary>
internal static class Expected
{
    public static DebuggerSession Session(string scenario, SessionOptions? options = null)
    {
        var source = ScenarioSource.Load(scenario);
        Assert.True(source.Result.Succeeded, string.Join("\n", source.Result.Diagnostics));
        return new DebuggerSession(source.Spec!, options ?? new SessionOptions());
    }

    public static SessionSnapshot After(string scenario, params DebuggerCommand[] commands) => After(scenario, null, commands);

    public static SessionSnapshot After(string scenario, SessionOptions? options, params DebuggerCommand[] commands)
    {
        var session = Session(scenario, options);
        foreach (var command in commands)
        {
            session.Execute(command);
        }

        return session.Snapshot;
    }

    /// <summary>The cells `ardiv run --format table` prints for step t of a lane (tokens split off from "(forced)").</summary>
    public static StepRow Row(SessionSnapshot snapshot, string lane, int t) =>
        LaneRows.From(snapshot, snapshot.Lane(lane)).Steps.Single(s => s.T == t);

    /// <summary>The keys of the columns <see cref="Metrics"/> gives, in its order.</summary>
    public static string[] MetricKeys { get; } = ["token_error", "path_off", "off_manifold", "lecun_naive"];

    /// <summary>token_error, path_off, off_manifold and lecun_naive as `ardiv run` formats them.</summary>
    public static string[] Metrics(StepRow row) =>
    [
        Units.Probability(row.Step.TokenError),
        Units.Probability(row.Step.PathOff),
        RunReport.OffManifoldText(row),
        Units.Probability(row.Step.LecunNaive),
    ];

    /// <summary>The words of a step-table row on screen that fall in the columns with these keys.</summary>
    public static string[] Cells(IReadOnlyList<string> words, params string[] keys) =>
        [.. keys.Select(key => words[StepTable.IndexOf(key)])];
}
