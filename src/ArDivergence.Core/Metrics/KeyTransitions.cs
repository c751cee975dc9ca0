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

    public double OffMass(int id) => _keys[id].OffMass;

    public ReadOnlySpan<int> Successors(int id) => _successors.AsSpan(_keys[id].First, _keys[id].Count);

    public ReadOnlySpan<double> Probabilities(int id) => _probabilities.AsSpan(_keys[id].First, _keys[id].Count);

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
}
