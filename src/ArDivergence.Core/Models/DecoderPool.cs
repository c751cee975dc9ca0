using System.Collections.Concurrent;
using ArDivergence.Core.Generators;

namespace ArDivergence.Core.Models;

/// <summary>
/// The decoders of one lane: the session's own (its cache follows the lane as the user steps) and spare ones
/// that Monte Carlo runs rent, one per thread at a time.
/// </summary>
public sealed class DecoderPool(ModelLaneSetup setup)
{
    private readonly ConcurrentBag<PrefixDecoder> _spare = [];
    private readonly Lazy<PrefixDecoder> _session = new(setup.CreateDecoder);

    /// <summary>The session's decoder; callers hold <see cref="SessionLock"/> while they use it.</summary>
    public PrefixDecoder Session => _session.Value;

    public object SessionLock { get; } = new();

    /// <summary>Runs a step on the session's decoder, holding <see cref="SessionLock"/> (the session's cache follows one lane's history at a time).</summary>
    public StepOutcome OnSession(Func<PrefixDecoder, StepOutcome> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        lock (SessionLock)
        {
            return step(Session);
        }
    }

    public PrefixDecoder Rent() => _spare.TryTake(out var decoder) ? decoder : setup.CreateDecoder();

    public void Return(PrefixDecoder decoder) => _spare.Add(decoder);
}
