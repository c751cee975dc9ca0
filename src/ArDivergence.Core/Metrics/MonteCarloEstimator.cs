using ArDivergence.Core.Generators;
using ArDivergence.Core.Randomness;

namespace ArDivergence.Core.Metrics;

/// <summary>
/// Semantics §6: n independent runs of a lane, each from its own stream (seed, lane, i), recording the
/// step at which it first left the manifold. Runs are spread over threads, but every run is
/// determined by its index and the counts are summed, so the result does not depend on the threads.
/// Runs use the lane's real sampling (plans for one-shot and mpc lanes), not the conditionals that
/// exact dynamic programming uses, so the two cross-check each other.
/// </summary>
public static class MonteCarloEstimator
{
    /// <summary>The largest number of runs one estimate may ask for.</summary>
    public const int MaxSamples = 100_000_000;

    public static FirstOffHistogram Run(
        IGenerator generator,
        long seed,
        int samples,
        int? maxThreads = null,
        IProgress<double>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(generator);
        if (samples is < 1 or > MaxSamples)
        {
            throw new ScenarioLimitException($"samples must be between 1 and {MaxSamples:N0} (limit), not {samples:N0}");
        }

        if (!generator.Can(LaneCapabilities.MonteCarlo))
        {
            throw new NotSupportedException($"lane {generator.Name} cannot make fresh runs, so it has no Monte Carlo estimate");
        }

        var length = generator.Context.Length;
        var sampler = RunSamplers.For(generator);
        var runKey = StreamKeys.RunKey(seed, generator.Name);
        var total = new long[length + 1];
        var gate = new object();
        long finished = 0;
        var chunk = Math.Max(1, Math.Min(4096, samples / 64));
        var chunks = (samples + chunk - 1) / chunk;
        var options = new ParallelOptions
        {
            CancellationToken = cancellation,
            MaxDegreeOfParallelism = maxThreads ?? Environment.ProcessorCount,
        };
        Parallel.For(
            0,
            chunks,
            options,
            () => new long[length + 1],
            (c, _, counts) =>
            {
                var end = Math.Min(samples, (c + 1) * (long)chunk);
                for (long run = c * (long)chunk; run < end; run++)
                {
                    var random = StreamKeys.ForRun(runKey, run);
                    var firstOff = sampler.FirstOffStep(ref random);
                    if (firstOff <= length)
                    {
                        counts[firstOff]++;
                    }
                }

                var done = Interlocked.Add(ref finished, end - (c * (long)chunk));
                progress?.Report((double)done / samples);
                return counts;
            },
            counts =>
            {
                lock (gate)
                {
                    for (var t = 0; t <= length; t++)
                    {
                        total[t] += counts[t];
                    }
                }
            });
        return new FirstOffHistogram(total, samples);
    }
}
