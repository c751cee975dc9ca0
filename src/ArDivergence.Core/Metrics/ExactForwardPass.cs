using ArDivergence.Core.Generators;
using ArDivergence.Core.Manifolds;

namespace ArDivergence.Core.Metrics;

/// <summary>
/// One step at a time of the forward dynamic programming behind <see cref="ExactOffManifold"/>:
/// masses over interned keys in two arrays that swap roles each step, and each key's transitions
/// built once per step label and reused while the label recurs (a step-invariant process, such as an
/// n-gram or a constant-ε oracle on an automaton, builds them once). Not thread-safe: the owner locks.
/// </summary>
internal sealed class ExactForwardPass
{
    // Renumbering costs about one step; a process whose order settles needs it once.
    private const int MaxRenumberings = 4;

    private readonly IExactProcess _process;
    private readonly IManifold _manifold;
    private readonly int _maxStates;
    private readonly int _keyBudget;
    private readonly ProcessKeyTable _keys = new();
    private readonly TransitionCache _transitions = new();
    private KeyMasses _current = new();
    private KeyMasses _next = new();
    private double[] _probabilities = new double[16];
    private bool _inStepOrder;
    private int _renumberings;

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
    public double? Step(int t)
    {
        if (_keys.Count > _keyBudget)
        {
            Compact();
        }

        var transitions = _transitions.For(((long)_manifold.StepClass(t) << 32) | (uint)_process.StepClass(t));
        foreach (var id in _current.Ids)
        {
            if (!transitions.Has(id))
            {
                Build(transitions, id, t);
            }
        }

        _next.EnsureCapacity(_keys.Count);
        var off = transitions.Apply(_current, _next);
        if (_next.Count > _maxStates)
        {
            _next.Clear();
            return null;
        }

        var sameOrder = _next.Ids.SequenceEqual(_current.Ids);
        _current.Clear();
        (_current, _next) = (_next, _current);
        _inStepOrder &= sameOrder;
        if (sameOrder && !_inStepOrder && _renumberings < MaxRenumberings)
        {
            RenumberInStepOrder();
        }

        return off;
    }

    private void Build(KeyTransitions transitions, int id, int t)
    {
        var key = _keys[id];
        var moves = _manifold.Moves(key.Manifold, t);
        var distribution = _process.Conditional(key, t);
        transitions.Begin(id, distribution.MassOutside(moves.Tokens));
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
    }

    /// <summary>
    /// The keys are visited in the same order at every step now: give them ids in that order, so a
    /// step reads masses, keys and edges front to back instead of all over memory.
    /// </summary>
    private void RenumberInStepOrder()
    {
        _renumberings++;
        _inStepOrder = true;
        var newIdOf = new int[_keys.Count];
        newIdOf.AsSpan().Fill(-1);
        var oldIdOf = new int[_keys.Count];
        var next = 0;
        foreach (var id in _current.Ids)
        {
            oldIdOf[next] = id;
            newIdOf[id] = next++;
        }

        for (var id = 0; id < newIdOf.Length; id++)
        {
            if (newIdOf[id] < 0)
            {
                oldIdOf[next] = id;
                newIdOf[id] = next++;
            }
        }

        _keys.Renumber(oldIdOf);
        _transitions.Renumber(newIdOf, oldIdOf);
        _current.Renumber(newIdOf);
        _next.EnsureCapacity(_keys.Count);
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
        for (var i = 0; i < keys.Length; i++)
        {
            _current.Add(_keys.Intern(keys[i]), masses[i]);
        }

        // Ids now follow the current order.
        _inStepOrder = true;
    }
}
