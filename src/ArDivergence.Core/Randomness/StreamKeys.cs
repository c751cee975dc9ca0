namespace ArDivergence.Core.Randomness;

/// <summary>
/// Where every random stream comes from (semantics §7): one seed fixes all of them, each lane has its
/// own stream derived from (seed, lane name), and Monte Carlo run i from (seed, lane name, i), so
/// results do not depend on the order or the threads the runs execute on.
/// </summary>
public static class StreamKeys
{
    private static readonly ulong TaskDomain = StableHash.Fnv1a64("ardiv/task");
    private static readonly ulong LaneDomain = StableHash.Fnv1a64("ardiv/lane");
    private static readonly ulong TrainingDomain = StableHash.Fnv1a64("ardiv/training");
    private static readonly ulong RunDomain = StableHash.Fnv1a64("ardiv/run");

    /// <summary>The stream that generates a task's problem instance (its prompt).</summary>
    public static SeededRandom ForTask(long seed) => new(Key(TaskDomain, seed, ""));

    /// <summary>The stream a lane samples its tokens from in the debugger and in `run`.</summary>
    public static SeededRandom ForLane(long seed, string laneName) => new(Key(LaneDomain, seed, laneName));

    /// <summary>The stream that draws an n-gram model's training sequences.</summary>
    public static SeededRandom ForTraining(long seed, string laneName) => new(Key(TrainingDomain, seed, laneName));

    /// <summary>The stream of Monte Carlo run <paramref name="run"/> of a lane.</summary>
    public static SeededRandom ForRun(long seed, string laneName, long run) => ForRun(RunKey(seed, laneName), run);

    /// <summary>The part of <see cref="ForRun(long, string, long)"/>'s key shared by every run of a lane (hashed once, not per run).</summary>
    public static ulong RunKey(long seed, string laneName) => Key(RunDomain, seed, laneName);

    /// <summary>The stream of Monte Carlo run <paramref name="run"/> of the lane whose <see cref="RunKey"/> is <paramref name="runKey"/>.</summary>
    public static SeededRandom ForRun(ulong runKey, long run) => new(StableHash.Combine(runKey, (ulong)run));

    private static ulong Key(ulong domain, long seed, string name) =>
        StableHash.Combine(StableHash.Combine(domain, (ulong)seed), StableHash.Fnv1a64(name));
}
