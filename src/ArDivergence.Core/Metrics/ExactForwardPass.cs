using System.Runtime.CompilerServices;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Metrics;

/// <summary>
/// One step at a time of the forward dynamic programming behind <see cref="ExactOffManifold"/>:
/// masses over interned keys in two arrays that swap roles each step, each key's transitions built
/// once per step label and reused while the label recurs (a step-invariant process, such as an
/// n-gram or a constant-ε oracle on an automaton, builds them once), and, once the steps repeat,
/// precompiled steps over masses by position (<see cref="SettledOrbit"/>). Keys are visited in the
/// order the dictionary version visited them, so every sum is the same to the last bit.
/// Not thread-safe: the owner locks.
/// </summary>
internal sealed class ExactForwardPass : IExactOffSteps
{
    private readonly IExactProcess _process;
    private readonly IManifold _manifold;
    private readonly int _maxStates;
    private readonly int _keyBudget;
    private readonly ProcessKeyTable _keys = new();
    private readonly TransitionCache _transitions = new();
    private readonly SettledOrbit _orbit = new();
    private KeyMasses _current = new();
    private KeyMasses _next = new();
    private double[] _probabilities = new double[16];
    private int[] _positionOf = [];
    private int[] _allTokens = [];

    /// <param name="keyBudget">
    /// How many distinct keys may be interned before the table is rebuilt from the current step's keys
    /// alone (keys of steps long past would otherwise accumulate).
    /// </param>
    public ExactForwardPass(IExactProcess process, IManifold manifold, int maxStates, int keyBudget)
    {
        _process = process;
        _manifold = manifold;
        _maxStates = maxStates;
        _keyBudget = keyBudget;
        _current.EnsureCapacity(1);
        _current.Add(_keys.Intern(process.Initial), 1.0);
    }

    /// <summary>
    /// Moves the masses from step t − 1 to step t and returns the mass that left the manifold at t, or
    /// null (changing nothing) when more than the state limit of keys would carry mass at t.
    /// </summary>
    /// <summary>
    /// The smallest token error (mass outside A) over every key built so far: each is an on-manifold key
    /// that carries mass at some step already taken, so after step L this is e_min of semantics §13.
    /// </summary>
    public double MinTokenError { get; private set; } = 1.0;

    double? IExactOffSteps.MinTokenError => MinTokenError;

    public double? Step(int t)
    {
        var label = ((long)_manifold.StepClass(t) << 32) | (uint)_process.StepClass(t);
        if (_orbit.IsActive)
        {
            if (_orbit.Phase.Label == label)
            {
                return OrbitStep(t);
            }

            _orbit.Leave(_current);
        }

        if (_keys.Count > _keyBudget)
        {
            Compact();
        }

        if (_orbit.Record(label, _current.Ids))
        {
            _orbit.Enter(_current);
            return OrbitStep(t);
        }

        var transitions = _transitions.For(label);
        BuildAll(transitions, _current.Ids, t);
        _next.EnsureCapacity(_keys.Count);
        var off = transitions.Apply(_current, _next);
        if (_next.Count > _maxStates)
        {
            _next.Clear();
            return null;
        }

        _current.Clear();
        (_current, _next) = (_next, _current);
        return off;
    }

    private double OrbitStep(int t)
    {
        var phase = _orbit.Phase;
        if (!phase.IsCompiled)
        {
            var transitions = _transitions.For(phase.Label);
            BuildAll(transitions, phase.Order, t);
            if (_positionOf.Length < _keys.Count)
            {
                _positionOf = new int[Math.Max(_keys.Count, _positionOf.Length * 2)];
            }

            var reached = _orbit.NextPhase.Order;
            for (var i = 0; i < reached.Length; i++)
            {
                _positionOf[reached[i]] = i;
            }

            phase.Compile(transitions, _positionOf);
        }

        return _orbit.Advance();
    }

    private void BuildAll(KeyTransitions transitions, ReadOnlySpan<int> ids, int t)
    {
        foreach (var id in ids)
        {
            if (!transitions.Has(id))
            {
                Build(transitions, id, t);
            }
        }
    }

    // Runs once per key, tens of thousands of times in the first steps: worth optimising at once
    // rather than after the runtime's tiering notices it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Build(KeyTransitions transitions, int id, int t)
    {
        var key = _keys[id];
        var moves = _manifold.Moves(key.Manifold, t);
        var distribution = _process.Conditional(key, t);
        var error = distribution.MassOutside(moves.Tokens);
        MinTokenError = Math.Min(MinTokenError, error);
        var afterInvalid = error > 0 ? _manifold.AfterInvalid(key.Manifold, t) : ManifoldState.Off;
        transitions.Begin(id, afterInvalid == ManifoldState.Off ? error : 0.0);
        if (_probabilities.Length < moves.Count)
        {
            _probabilities = new double[Math.Max(moves.Count, _probabilities.Length * 2)];
        }

        var probabilities = _probabilities.AsSpan(0, moves.Count);
        distribution.ProbabilitiesOf(moves.Tokens, probabilities);
        for (var i = 0; i < moves.Count; i++)
        {
            // A move the lane never makes adds no key (as if it were not there).
            if (probabilities[i] > 0)
            {
                var successor = _process.Advance(key, t, moves.Tokens[i], moves.NextStates[i]);
                transitions.AddEdge(id, _keys.Intern(successor), probabilities[i]);
            }
        }

        if (afterInvalid != ManifoldState.Off)
        {
            AddInvalidEdges(transitions, id, key, t, moves, distribution, afterInvalid);
        }
    }

    /// <summary>
    /// A tolerant manifold keeps a run that emits an invalid token: one edge per distinct successor key
    /// (the model's context may depend on which invalid token it was), in token order.
    /// </summary>
    private void AddInvalidEdges(
        KeyTransitions transitions, int id, ProcessKey key, int t, MoveSet moves, TokenDistribution distribution, int afterInvalid)
    {
        var size = _manifold.VocabularySize;
        if (_allTokens.Length != size)
        {
            _allTokens = [.. Enumerable.Range(0, size)];
        }

        var all = new double[size];
        distribution.ProbabilitiesOf(_allTokens, all);
        var successors = new List<(int Id, double Probability)>();
        for (var token = 0; token < size; token++)
        {
            if (all[token] > 0 && moves.IndexOf(token) < 0)
            {
                var successor = _keys.Intern(_process.Advance(key, t, token, afterInvalid));
                var at = successors.FindIndex(s => s.Id == successor);
                if (at < 0)
                {
                    successors.Add((successor, all[token]));
                }
                else
                {
                    successors[at] = (successor, successors[at].Probability + all[token]);
                }
            }
        }

        foreach (var (successor, probability) in successors)
        {
            transitions.AddEdge(id, successor, probability);
        }
    }

    /// <summary>Re-interns only the current keys (in their order), dropping every cached transition.</summary>
    private void Compact()
    {
        var ids = _current.Ids;
        var keys = new ProcessKey[ids.Length];
        var masses = new double[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            keys[i] = _keys[ids[i]];
            masses[i] = _current.MassOf(ids[i]);
        }

        _current.Clear();
        _keys.Clear();
        _transitions.Clear();
        _orbit.Forget();
        for (var i = 0; i < keys.Length; i++)
        {
            _current.Add(_keys.Intern(keys[i]), masses[i]);
        }
    }
}
