namespace ArDivergence.Core.Metrics;

/// <summary>
/// Notices when dynamic programming has settled into a cycle: a step starts from the same keys in
/// the same order, with the same label, as a step k ≤ <see cref="MaxPeriod"/> steps before. Each
/// step's keys and their order follow from the previous step's and the label, so from then on the
/// steps repeat those k steps' keys for as long as the labels repeat too. The steps then run as
/// <see cref="OrbitPhase"/>s over masses by position. (A step-invariant n-gram settles with k = 1
/// once its context is full; an automaton often with a small k.)
/// </summary>
internal sealed class SettledOrbit
{
    public const int MaxPeriod = 4;

    private readonly OrbitPhase[] _recent = new OrbitPhase[MaxPeriod + 1];
    private readonly OrbitPhase[] _phases = new OrbitPhase[MaxPeriod];
    private int _recorded;
    private int _period;
    private int _phase;
    private double[] _input = [];
    private double[] _output = [];

    public bool IsActive => _period > 0;

    /// <summary>The phase the next step runs (only while active).</summary>
    public OrbitPhase Phase => _phases[_phase];

    /// <summary>The phase after it, whose keys the next step reaches.</summary>
    public OrbitPhase NextPhase => _phases[(_phase + 1) % _period];

    /// <summary>
    /// Records a step about to run from <paramref name="order"/> with <paramref name="label"/>;
    /// true when it repeats a recent step, the cycle being the steps since (then <see cref="Enter"/>).
    /// </summary>
    public bool Record(long label, ReadOnlySpan<int> order)
    {
        var slot = _recent[_recorded % _recent.Length] ??= new OrbitPhase();
        slot.Start(label, order);
        _recorded++;
        for (var k = 1; k <= Math.Min(MaxPeriod, _recorded - 1); k++)
        {
            var earlier = _recent[(_recorded - 1 - k) % _recent.Length];
            if (earlier.Label == label && earlier.Order.SequenceEqual(order))
            {
                for (var i = 0; i < k; i++)
                {
                    _phases[i] = _recent[(_recorded - 1 - k + i) % _recent.Length];
                }

                _period = k;
                return true;
            }
        }

        return false;
    }

    /// <summary>Takes the masses of the first phase's keys from <paramref name="current"/> (which is left empty).</summary>
    public void Enter(KeyMasses current)
    {
        var largest = 0;
        for (var i = 0; i < _period; i++)
        {
            largest = Math.Max(largest, _phases[i].Count);
        }

        if (_input.Length < largest)
        {
            _input = new double[largest];
            _output = new double[largest];
        }

        var order = Phase.Order;
        for (var i = 0; i < order.Length; i++)
        {
            _input[i] = current.MassOf(order[i]);
        }

        current.Clear();
        _phase = 0;
    }

    /// <summary>Runs the current phase (compiled by the caller) and returns the mass that left the manifold.</summary>
    public double Advance()
    {
        var next = NextPhase;
        var off = Phase.Apply(_input, _output, next.Count);
        (_input, _output) = (_output, _input);
        _phase = (_phase + 1) % _period;
        return off;
    }

    /// <summary>The labels stopped repeating: hands the masses back to <paramref name="current"/> by key.</summary>
    public void Leave(KeyMasses current)
    {
        var order = Phase.Order;
        for (var i = 0; i < order.Length; i++)
        {
            current.Add(order[i], _input[i]);
        }

        Forget();
    }

    /// <summary>Forgets the cycle and the recent steps (their key ids may be about to change).</summary>
    public void Forget()
    {
        _period = 0;
        _recorded = 0;
    }
}
