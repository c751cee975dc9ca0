using System.Runtime.CompilerServices;

namespace ArDivergence.Core.Metrics;

/// <summary>
/// One step of dynamic programming whose keys are known in advance: the keys come in a fixed order
/// (<see cref="Order"/>, by id) and go to a fixed order, so masses can be kept by position and the
/// step becomes a loop over precompiled (target position, probability) edges — no key ids, no
/// bookkeeping of which keys were reached. Arrays are reused when the phase is filled again.
/// </summary>
internal sealed class OrbitPhase
{
    private int[] _order = [];
    private double[] _offMass = [];
    private int[] _edgeEnd = [];
    private int[] _targets = [];
    private double[] _probabilities = [];

    public long Label { get; private set; }

    public int Count { get; private set; }

    /// <summary>The ids of the keys the phase starts from, in the order they are visited.</summary>
    public ReadOnlySpan<int> Order => _order.AsSpan(0, Count);

    public bool IsCompiled { get; private set; }

    /// <summary>Records the label and the keys of a step (before its edges are known).</summary>
    public void Start(long label, ReadOnlySpan<int> order)
    {
        Label = label;
        Count = order.Length;
        IsCompiled = false;
        Grow(ref _order, Count);
        order.CopyTo(_order);
    }

    /// <summary>
    /// Compiles the step's edges from <paramref name="transitions"/> (built for every key of
    /// <see cref="Order"/>); <paramref name="positionOf"/> maps each successor id to its position
    /// in the order the step produces.
    /// </summary>
    public void Compile(KeyTransitions transitions, int[] positionOf)
    {
        Grow(ref _offMass, Count);
        Grow(ref _edgeEnd, Count);
        var edges = 0;
        for (var i = 0; i < Count; i++)
        {
            var id = _order[i];
            var successors = transitions.Successors(id);
            var probabilities = transitions.Probabilities(id);
            Grow(ref _targets, edges + successors.Length);
            Grow(ref _probabilities, edges + successors.Length);
            for (var e = 0; e < successors.Length; e++)
            {
                _targets[edges + e] = positionOf[successors[e]];
                _probabilities[edges + e] = probabilities[e];
            }

            edges += successors.Length;
            _offMass[i] = transitions.OffMass(id);
            _edgeEnd[i] = edges;
        }

        IsCompiled = true;
    }

    /// <summary>
    /// Moves the masses (by position in <see cref="Order"/>) to <paramref name="output"/> (by
    /// position in the next order, <paramref name="outputCount"/> keys) and returns the mass that
    /// left the manifold. The same products are added in the same order as in the keyed loop, so
    /// the results are the same to the last bit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Apply(double[] input, double[] output, int outputCount)
    {
        Array.Clear(output, 0, outputCount);
        var targets = _targets;
        var probabilities = _probabilities;
        var offMass = _offMass;
        var edgeEnd = _edgeEnd;
        var off = 0.0;
        var e = 0;
        for (var i = 0; i < Count; i++)
        {
            var mass = input[i];
            off += mass * offMass[i];
            for (var end = edgeEnd[i]; e < end; e++)
            {
                output[targets[e]] += mass * probabilities[e];
            }
        }

        return off;
    }

    private static void Grow<T>(ref T[] array, int size)
    {
        if (array.Length < size)
        {
            Array.Resize(ref array, Math.Max(size, array.Length * 2));
        }
    }
}
