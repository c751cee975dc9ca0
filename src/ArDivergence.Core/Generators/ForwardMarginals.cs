using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Generators;

/// <summary>
/// μ_t, the marginal of P* at each position t ≥ t0 given the prefix up to t0 (manifold state s0),
/// by a forward pass over manifold states, extended lazily as later positions are asked for.
/// Thread-safe: Monte Carlo runs share one instance, so a position already computed is read without a
/// lock (each slot is written once, then published); only extending the pass takes the lock.
/// </summary>
internal sealed class ForwardMarginals
{
    /// <summary>Beyond this many distinct states at one position the forward pass gives up.</summary>
    public const int MaxStates = 200_000;

    private readonly IManifold _manifold;
    private readonly int _firstStep;
    private readonly TokenDistribution?[] _marginals;
    private readonly TokenDistribution?[] _noisy;
    private int _computed;
    private readonly object _gate = new();
    private Dictionary<int, double> _stateMass;

    public ForwardMarginals(IManifold manifold, int originState, int firstStep)
    {
        _manifold = manifold;
        _firstStep = firstStep;
        var positions = Math.Max(0, manifold.Length - firstStep + 1);
        _marginals = new TokenDistribution?[positions];
        _noisy = new TokenDistribution?[positions];
        _stateMass = new Dictionary<int, double> { [originState] = 1.0 };
    }

    /// <summary>μ at step <paramref name="t"/> (t0 ≤ t ≤ L).</summary>
    public TokenDistribution At(int t)
    {
        var index = t - _firstStep;
        var known = Volatile.Read(ref _marginals[index]);
        if (known is not null)
        {
            return known;
        }

        lock (_gate)
        {
            while (_computed <= index)
            {
                Extend();
            }

            return _marginals[index]!;
        }
    }

    /// <summary>(1−ε)·μ_t + ε/|V| (one model asks with one ε per t), kept so it is not rebuilt.</summary>
    public TokenDistribution WithNoise(int t, double error)
    {
        var index = t - _firstStep;
        var known = Volatile.Read(ref _noisy[index]);
        if (known is not null)
        {
            return known;
        }

        // Racing threads may both build it; either result is the same distribution.
        var noisy = At(t).WithUniformNoise(error);
        Volatile.Write(ref _noisy[index], noisy);
        return noisy;
    }

    private void Extend()
    {
        var t = _firstStep + _computed;
        var tokenMass = new Dictionary<int, double>();
        var nextMass = new Dictionary<int, double>();
        var offMass = 0.0;
        foreach (var (state, mass) in _stateMass)
        {
            var moves = _manifold.Moves(state, t);
            if (moves.IsEmpty)
            {
                offMass += mass;
                continue;
            }

            for (var i = 0; i < moves.Count; i++)
            {
                var p = mass * moves.Probabilities[i];
                tokenMass[moves.Tokens[i]] = tokenMass.GetValueOrDefault(moves.Tokens[i]) + p;
                nextMass[moves.NextStates[i]] = nextMass.GetValueOrDefault(moves.NextStates[i]) + p;
            }
        }

        if (nextMass.Count > MaxStates)
        {
            throw new ScenarioLimitException(
                $"the factorized model's forward pass reaches more than {MaxStates} manifold states at t = {t} (limit)");
        }

        var tokens = tokenMass.Keys.Order().ToArray();
        var size = _manifold.VocabularySize;
        // From an off prefix P* is undefined: its marginal is uniform, like every model's babble there.
        Volatile.Write(ref _marginals[_computed], tokens.Length == 0
            ? TokenDistribution.Uniform(size)
            : TokenDistribution.Create(size, tokens, [.. tokens.Select(v => tokenMass[v])], offMass, []));
        _computed++;
        _stateMass = nextMass;
    }
}
