using System.Collections.Concurrent;
using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Generators;

/// <summary>
/// Conditional independence (Gu et al. 2018): every position of a call is drawn on its own from
/// m_t(v) = (1−ε_t)·μ_t(v) + ε_t/|V|, with μ_t the exact marginal of P* at t given the call's prefix.
/// The memory is the manifold state the call started from.
/// </summary>
public sealed class FactorizedModel : IOneShotModel
{
    private const int MaxCachedOrigins = 4096;

    private readonly IManifold _manifold;
    private readonly ErrorSchedule _error;
    private readonly ConcurrentDictionary<(int Origin, int FirstStep), ForwardMarginals> _marginals = new();
    private readonly ConcurrentDictionary<(MoveSet Moves, double Error), TokenDistribution> _firstPosition = new();

    // Entries added to the caches (ConcurrentDictionary.Count takes every lock; this is read on a hot path).
    private int _cachedOrigins;
    private int _cachedFirstPositions;

    public FactorizedModel(GenerationContext context, ErrorSchedule error)
    {
        ArgumentNullException.ThrowIfNull(context);
        _manifold = context.Manifold;
        _error = error;
    }

    public int MemoryAtPlanStart(int carried, int originState) => originState;

    public int AdvanceMemory(int memory, MoveSet moves, int token) => memory;

    public void Plan(PlanFrame frame, int memory, IReadOnlyList<int> prefix, ref SeededRandom random, Span<int> output, ref object? scratch)
    {
        ArgumentNullException.ThrowIfNull(frame);
        for (var k = 0; k < output.Length; k++)
        {
            output[k] = Marginal(frame.OriginState, frame.FirstStep, frame.FirstStep + k).Sample(random.NextDouble());
        }
    }

    public TokenDistribution OnManifoldConditional(int firstStep, int positions, int memory, int currentState, int t, UInt128 context) =>
        Marginal(memory, firstStep, t);

    public TokenDistribution Conditional(PlanFrame frame, int memory, int currentState, int t, UInt128 context, IReadOnlyList<int> prefix, ref object? scratch)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return Marginal(frame.OriginState, frame.FirstStep, t);
    }

    /// <summary>m_t for a call that started at <paramref name="firstStep"/> from <paramref name="origin"/>.</summary>
    private TokenDistribution Marginal(int origin, int firstStep, int t)
    {
        var error = _error.At(t);
        if (t != firstStep)
        {
            var marginals = MarginalsFrom(origin, firstStep);
            return error <= 0 ? marginals.At(t) : marginals.WithNoise(t, error);
        }

        // The first planned position: μ is P* at the origin itself, no forward pass needed.
        var moves = _manifold.Moves(origin, t);
        if (error <= 0)
        {
            return moves.Truth;
        }

        if (Volatile.Read(ref _cachedFirstPositions) > MaxCachedOrigins)
        {
            _firstPosition.Clear();
            Interlocked.Exchange(ref _cachedFirstPositions, 0);
        }

        return _firstPosition.GetOrAdd((moves, error), key =>
        {
            Interlocked.Increment(ref _cachedFirstPositions);
            return key.Moves.Truth.WithUniformNoise(key.Error);
        });
    }

    private ForwardMarginals MarginalsFrom(int origin, int firstStep)
    {
        if (Volatile.Read(ref _cachedOrigins) > MaxCachedOrigins)
        {
            _marginals.Clear();
            Interlocked.Exchange(ref _cachedOrigins, 0);
        }

        return _marginals.GetOrAdd((origin, firstStep), key =>
        {
            Interlocked.Increment(ref _cachedOrigins);
            return new ForwardMarginals(_manifold, key.Origin, key.FirstStep);
        });
    }
}
