namespace ArDivergence.Core.Metrics;

/// <summary>
/// What one step does to each key, built the first time the key is met: the mass it sends off the
/// manifold and its successors (ids) with their probabilities, stored back to back in two arrays.
/// Valid for every step with the same <see cref="Label"/>; <see cref="Reset"/> forgets it all
/// without freeing the arrays.
/// </summary>
internal sealed class KeyTransitions
{
    private KeyEdges[] _keys = [];
    private int[] _successors = new int[64];
    private double[] _probabilities = new double[64];
    private int _edges;
    private int _generation = 1;

    public long Label { get; private set; }

    public void Reset(long label)
    {
        Label = label;
        _generation++;
        _edges = 0;
    }

    public bool Has(int id) => id < _keys.Length && _keys[id].BuiltIn == _generation;

    /// <summary>Starts the transitions of key <paramref name="id"/>; its edges follow with <see cref="AddEdge"/>.</summary>
    public void Begin(int id, double offMass)
    {
        if (id >= _keys.Length)
        {
            Array.Resize(ref _keys, Math.Max(id + 1, Math.Max(16, _keys.Length * 2)));
        }

        _keys[id] = new KeyEdges { First = _edges, Count = 0, OffMass = offMass, BuiltIn = _generation };
    }

    public void AddEdge(int id, int successor, double probability)
    {
        if (_edges == _successors.Length)
        {
            Array.Resize(ref _successors, _edges * 2);
            Array.Resize(ref _probabilities, _edges * 2);
        }

        _successors[_edges] = successor;
        _probabilities[_edges] = probability;
        _edges++;
        _keys[id].Count++;
    }

    /// <summary>
    /// Moves every mass of <paramref name="from"/> (whose keys must all be built) into
    /// <paramref name="to"/>, in <paramref name="from"/>'s order, and returns the mass that left the manifold.
    /// </summary>
    public double Apply(KeyMasses from, KeyMasses to) => to.Receive(from, _keys, _successors, _probabilities);

    /// <summary>Gives every built key its new id and lays the edges out in the order of the new ids.</summary>
    public void Renumber(int[] newIdOf, int[] oldIdOf)
    {
        var keys = new KeyEdges[Math.Max(_keys.Length, oldIdOf.Length)];
        var successors = new int[Math.Max(_edges, 64)];
        var probabilities = new double[successors.Length];
        var edges = 0;
        for (var newId = 0; newId < oldIdOf.Length; newId++)
        {
            var old = oldIdOf[newId];
            if (!Has(old))
            {
                continue;
            }

            var entry = _keys[old];
            for (var e = 0; e < entry.Count; e++)
            {
                successors[edges + e] = newIdOf[_successors[entry.First + e]];
                probabilities[edges + e] = _probabilities[entry.First + e];
            }

            keys[newId] = entry with { First = edges };
            edges += entry.Count;
        }

        (_keys, _successors, _probabilities, _edges) = (keys, successors, probabilities, edges);
    }
}
