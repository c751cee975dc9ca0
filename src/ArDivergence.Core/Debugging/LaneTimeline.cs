using ArDivergence.Core.Collections;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Metrics;

namespace ArDivergence.Core.Debugging;

/// <summary>
/// One lane's history as an immutable value: the state after every step (so step back is a
/// truncation), the step records, the tokens and the steps where a token was forced.
/// </summary>
public sealed record LaneTimeline(
    IGenerator Generator,
    LaneState Initial,
    PersistentLog<LaneState> States,
    PersistentLog<StepRecord> Records,
    PersistentLog<int> Tokens,
    IReadOnlyList<int> Branches)
{
    public int T => Records.Count;

    public LaneState Current => States.Count == 0 ? Initial : States.Last();

    public bool Finished => T >= Generator.Context.Length;

    public static LaneTimeline Start(IGenerator generator, long seed) => new(
        generator,
        generator.Start(Randomness.StreamKeys.ForLane(seed, generator.Name)),
        PersistentLogs.Empty<LaneState>(),
        PersistentLogs.Empty<StepRecord>(),
        PersistentLogs.Empty<int>(),
        []);

    /// <summary>The lane after one more step (forced or sampled).</summary>
    public LaneTimeline Step(int topK, int? forcedToken = null)
    {
        var before = Current;
        var outcome = Generator.Step(before, Tokens, forcedToken);
        var previous = Records.Count == 0 ? null : Records.Last();
        var record = StepRecorder.Record(previous, before, outcome, Generator.Context.Manifold, topK, forcedToken.HasValue);
        return this with
        {
            States = States.Append(outcome.Next),
            Records = Records.Append(record),
            Tokens = Tokens.Append(outcome.Token),
            Branches = forcedToken.HasValue ? [.. Branches, record.T] : Branches,
        };
    }

    /// <summary>The lane as it was after step <paramref name="t"/>.</summary>
    public LaneTimeline TruncateTo(int t) => this with
    {
        States = States.Take(t),
        Records = Records.Take(t),
        Tokens = Tokens.Take(t),
        Branches = [.. Branches.Where(b => b <= t)],
    };
}
