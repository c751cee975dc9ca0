using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Generators;

/// <summary>
/// μ_t, the marginal of P* at each position t ≥ t0 given the prefix up to t0 (manifold state s0),
/// by a forward pass over manifold states, extended lazily as later positions are asked for.
/// Thread-safe: Monte Carlo runs share one instance.
/// </summary>
internal sealed class ForwardMarginals
{
    /// <summary>Beyond this many distinct states at one position the forward pass gives up.</summary>
    public const int MaxStates = 200_000;

    private readonly IManifold _manifold;
    private readonly int _firstStep;
    private readonly List<TokenDistribution> _marginals = [];
    private readonly Dictionary<(int Index, double Error), TokenDistribution> _noisy = [];
    private readonly object _gate = new();
    private Dictionary<int, double> _stateMass;

    public ForwardMarginals(IManifold manifold, int originState, int firstStep)
    {
        _manifold = manifold;
        _firstStep = firstStep;
        _stateMass = new Dictionary<int, double> { [originState] = 1.0 };
    }

    /// <summary>μ at step <paramref name="t"/> (t ≥ t0).</summary>
    public TokenDistribution At(int t)
    {
        lock (_gate)
        {
            while (_marginals.Count <= t - _firstStep)
            {
                Extend();
            }

            return _marginals[t - _firstStep];
        }
    }

    /// <summary>(1−ε)·μ_t + ε/|V|, kept so a lane or a dynamic program asking again does not rebuild it.</summary>
    public TokenDistribution WithNoise(int t, double error)
    {
        var truth = At(t);
        lock (_gate)
        {
            var key = (t - _firstStep, error);
            if (!_noisy.TryGetValue(key, out var noisy))
            {
                noisy = truth.WithUniformNoise(error);
                _noisy[key] = noisy;
            }

            return noisy;
        }
    }

    private void Extend()
    {
        var t = _firstStep + _marginals.Count;
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
        _marginals.Add(tokens.Length == 0
            ? TokenDistribution.Uniform(size)
            : TokenDistribution.Create(size, tokens, [.. tokens.Select(v => tokenMass[v])], offMass, []));
        _stateMass = nextMass;
    }
}
