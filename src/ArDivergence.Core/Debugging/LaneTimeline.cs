using ArDivergence.Core.Collections;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Metrics;

namespace ArDivergence.Core.Debugging;

/// <summary>
/// One lane's history as an immutable value: the state after every step (so step back is a
/// truncation), the step records, every write of every step in the order written (its token and its
/// position) and the positions where a token was forced. <see cref="T"/> is lane time (steps taken);
/// <see cref="Written"/> counts writes, which for lanes writing position t at step t is T again.
/// </summary>
public sealed record LaneTimeline(
    IGenerator Generator,
    LaneState Initial,
    PersistentLog<LaneState> States,
    PersistentLog<StepRecord> Records,
    PersistentLog<int> Tokens,
    PersistentLog<int> Positions,
    IReadOnlyList<int> Branches)
{
    /// <summary>Lane time: the number of steps taken.</summary>
    public int T => Records.Count;

    /// <summary>How many writes the steps made (positions filled, for lanes that never write one twice).</summary>
    public int Written => Tokens.Count;

    public LaneState Current => States.Count == 0 ? Initial : States.Last();

    /// <summary>The lane's generation ended before L (a text lane wrote its end-of-text token).</summary>
    public bool Ended => Generator.Context.Manifold.IsEnded(Current.Manifold);

    public bool Finished => Ended || Written >= Generator.Context.Length;

    public static LaneTimeline Start(IGenerator generator, long seed) => new(
        generator,
        generator.Start(Randomness.StreamKeys.ForLane(seed, generator.Name)),
        PersistentLogs.Empty<LaneState>(),
        PersistentLogs.Empty<StepRecord>(),
        PersistentLogs.Empty<int>(),
        PersistentLogs.Empty<int>(),
        []);

    /// <summary>The lane after one more step (forced or sampled).</summary>
    public LaneTimeline Step(int topK, int? forcedToken = null) =>
        Append(Generator.Step(Current, Tokens, forcedToken), topK, forcedToken.HasValue ? 0 : null);

    /// <summary>
    /// The lane after its next step with <paramref name="forced"/> fixed first (a lane that forces positions,
    /// <see cref="IForcesPositions"/>): the step is marked forced and the forced write's position is a branch.
    /// </summary>
    public LaneTimeline StepForcing(int topK, TokenWrite forced)
    {
        var lane = Generator as IForcesPositions ?? throw new InvalidOperationException($"{Generator.Name} does not force positions");
        return Append(lane.StepForcing(Current, Tokens, forced), topK, forced.Position);
    }

    /// <summary>The step of lane time at which <paramref name="position"/> was written, or null when none wrote it.</summary>
    public int? StepThatWrote(int position)
    {
        for (var step = 0; step < Records.Count; step++)
        {
            if (Records[step].Writes.Any(w => w.Position == position))
            {
                return step + 1;
            }
        }

        return null;
    }

    /// <param name="outcome">The step taken from <see cref="Current"/>.</param>
    /// <param name="topK">Top-k recorded.</param>
    /// <param name="forcedPosition">Null for a sampled step; the forced position, or 0 for "the first write's".</param>
    private LaneTimeline Append(StepOutcome outcome, int topK, int? forcedPosition)
    {
        var before = Current;
        var previous = Records.Count == 0 ? null : Records.Last();
        var record = StepRecorder.Record(previous, before, outcome, Generator.Context.Manifold, topK, forcedPosition.HasValue);
        var tokens = Tokens;
        var positions = Positions;
        foreach (var write in record.Writes)
        {
            tokens = tokens.Append(write.Token);
            positions = positions.Append(write.Position);
        }

        return this with
        {
            States = States.Append(outcome.Next),
            Records = Records.Append(record),
            Tokens = tokens,
            Positions = positions,
            Branches = forcedPosition switch
            {
                null => Branches,
                0 => [.. Branches, record.Writes[0].Position],
                var p => [.. Branches, p.Value],
            },
        };
    }

    /// <summary>The lane as it was after step <paramref name="t"/> (lane time): its later edits undone.</summary>
    public LaneTimeline TruncateTo(int t)
    {
        var written = WrittenThrough(t);
        var positions = Positions.Take(written);
        return this with
        {
            States = States.Take(t),
            Records = Records.Take(t),
            Tokens = Tokens.Take(written),
            Positions = positions,
            Branches = Branches.Count == 0 ? Branches : [.. Branches.Where(positions.Contains)],
        };
    }

    /// <summary>
    /// How many steps come before the first one that wrote <paramref name="position"/> or a later
    /// position (T when none did): where a lane branches to write that position again.
    /// </summary>
    public int StepsBefore(int position)
    {
        var step = 0;
        while (step < Records.Count && Records[step].Writes.All(w => w.Position < position))
        {
            step++;
        }

        return step;
    }

    /// <summary>The writes made by the first <paramref name="t"/> steps.</summary>
    private int WrittenThrough(int t)
    {
        if (t >= Records.Count)
        {
            return Written;
        }

        var written = Written;
        for (var step = Records.Count - 1; step >= t; step--)
        {
            written -= Records[step].Writes.Count;
        }

        return written;
    }
}
