using ArDivergence.Core.Generators;

namespace ArDivergence.Core.Metrics;

/// <summary>
/// off_manifold(t) of one lane for every t: exact where dynamic programming stays under its state
/// limit, else from a Monte Carlo run once one has been made. It only ever gains information, so a
/// snapshot may hold it while another thread extends it.
/// </summary>
public sealed class OffManifoldCurve
{
    private readonly IGenerator _generator;
    private readonly long _seed;
    private FirstOffHistogram? _monteCarlo;

    public OffManifoldCurve(IGenerator generator, long seed, int maxExactStates = ExactOffManifold.DefaultMaxStates)
    {
        ArgumentNullException.ThrowIfNull(generator);
        _generator = generator;
        _seed = seed;
        Exact = generator.Can(LaneCapabilities.ExactProcess) ? new ExactOffManifold(generator, maxExactStates) : null;

        // A recorded lane's samples are its runs: its value is known from the start, with its interval.
        _monteCarlo = (generator as IRecordedLane)?.Recorded;
    }

    /// <summary>Whether the lane replays recorded samples (a trace lane): its value is their fraction.</summary>
    public bool IsRecorded => _generator is IRecordedLane;

    /// <summary>The recorded lane (which sample it shows, of how many), or null.</summary>
    public IRecordedLane? Recording => _generator as IRecordedLane;

    /// <summary>Exact dynamic programming, or null for a lane without an exact process (Monte Carlo only).</summary>
    public ExactOffManifold? Exact { get; }

    /// <summary>Whether the lane runs a real model, whose every Monte Carlo run decodes L tokens (the debugger makes fewer runs).</summary>
    public bool RunsRealModel => _generator is Models.IDecoderLane;

    public FirstOffHistogram? MonteCarlo => Volatile.Read(ref _monteCarlo);

    /// <summary>The best value known at t, or null when only a Monte Carlo run (not yet made) could tell.</summary>
    public OffManifoldValue? At(int t, CancellationToken cancellation = default)
    {
        if (t <= 0)
        {
            return new OffManifoldValue(0, true, null, 0);
        }

        var exact = Exact?.At(t, cancellation);
        if (exact is double value)
        {
            return new OffManifoldValue(value, true, null, 0);
        }

        var monteCarlo = MonteCarlo;
        return monteCarlo is null
            ? null
            : new OffManifoldValue(monteCarlo.Estimate(t), false, monteCarlo.Interval(t), monteCarlo.Samples);
    }

    /// <summary>Whether the lane can make fresh runs (else only an exact process can tell, or nothing).</summary>
    public bool CanRunMonteCarlo => _generator.Can(LaneCapabilities.MonteCarlo);

    /// <summary>
    /// Whether the value at t needs a Monte Carlo run that has not been made and can be. False for a lane
    /// that can make no runs: there the value stays unknown where the exact process does not reach.
    /// </summary>
    public bool NeedsMonteCarlo(int t) => CanRunMonteCarlo && MonteCarlo is null && Exact?.At(t) is null;

    /// <summary>Runs Monte Carlo for the whole lane (all t at once) and keeps the result.</summary>
    public FirstOffHistogram RunMonteCarlo(int samples, IProgress<double>? progress = null, CancellationToken cancellation = default)
    {
        var result = MonteCarloEstimator.Run(_generator, _seed, samples, null, progress, cancellation);
        Volatile.Write(ref _monteCarlo, result);
        return result;
    }
}
