using System.Runtime.CompilerServices;

namespace ArDivergence.Core.Metrics;

/// <summary>
/// The probability mass of each key reached at one step: dense by key id, plus the ids in the order
/// they were first reached. Iterating in that order sums in the same order as a dictionary filled by
/// the same loop, so the figures are the same to the last bit.
/// </summary>
internal sealed class KeyMasses
{
    // A negative mass marks a key not reached (masses are never negative).
    private const double NotReached = -1.0;

    private double[] _mass = [];
    private int[] _order = [];

    public int Count { get; private set; }

    /// <summary>The ids reached, in the order they were first reached.</summary>
    public ReadOnlySpan<int> Ids => _order.AsSpan(0, Count);

    public double MassOf(int id) => _mass[id];

    /// <summary>Makes room for ids below <paramref name="keyCount"/> (arrays only ever grow).</summary>
    public void EnsureCapacity(int keyCount)
    {
        if (keyCount <= _mass.Length)
        {
            return;
        }

        var size = Math.Max(keyCount, Math.Max(16, _mass.Length * 2));
        var old = _mass.Length;
        Array.Resize(ref _mass, size);
        Array.Resize(ref _order, size);
        _mass.AsSpan(old).Fill(NotReached);
    }

    /// <summary>Adds <paramref name="mass"/> to key <paramref name="id"/>.</summary>
    public void Add(int id, double mass) => Receive(mass, ref _mass[id], id);

    /// <summary>
    /// Adds the masses of <paramref name="from"/>, moved along each key's edges, and returns the mass
    /// that left the manifold: the inner loop of exact dynamic programming. Every key of
    /// <paramref name="from"/> must have an entry in <paramref name="keys"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Receive(KeyMasses from, KeyEdges[] keys, int[] successors, double[] probabilities)
    {
        var masses = _mass;
        var fromMasses = from._mass;
        var off = 0.0;
        foreach (var id in from.Ids)
        {
            var mass = fromMasses[id];
            ref readonly var key = ref keys[id];
            off += mass * key.OffMass;
            var edges = successors.AsSpan(key.First, key.Count);
            var edgeProbabilities = probabilities.AsSpan(key.First, edges.Length);
            for (var e = 0; e < edges.Length; e++)
            {
                var successor = edges[e];
                Receive(mass * edgeProbabilities[e], ref masses[successor], successor);
            }
        }

        return off;
    }

    /// <summary>Forgets every key (in time proportional to the keys reached, not to the capacity).</summary>
    public void Clear()
    {
        foreach (var id in Ids)
        {
            _mass[id] = NotReached;
        }

        Count = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Receive(double added, ref double slot, int id)
    {
        if (slot < 0)
        {
            _order[Count++] = id;
            slot = added;
        }
        else
        {
            slot += added;
        }
    }
}
