using ArDivergence.Core.Generators;

namespace ArDivergence.Core.Metrics;

/// <summary>
/// off_manifold(t) = P(a fresh run of the lane is off the manifold by t), exactly, by forward dynamic
/// programming over the lane's <see cref="ProcessKey"/>s (manifold state × model memory × context).
/// The off mass is accumulated from each step's invalid mass, never as 1 − Σ on-mass, so tiny
/// probabilities stay accurate. Extended lazily; stops being exact where the number of keys at one
/// step exceeds <see cref="MaxStates"/> (the caller then falls back to Monte Carlo). The steps
/// themselves run in <see cref="ExactForwardPass"/> over dense arrays of interned keys.
/// </summary>
public sealed class ExactOffManifold
{
    /// <summary>The default state-space limit of exact dynamic programming.</summary>
    public const int DefaultMaxStates = 100_000;

    private readonly IGenerator _generator;
    private readonly List<double> _offByStep = [0.0];
    private readonly object _gate = new();
    private readonly IExactOffSteps _pass;
    private LecunBound? _lecunBound;

    public ExactOffManifold(IGenerator generator, int maxStates = DefaultMaxStates)
    {
        ArgumentNullException.ThrowIfNull(generator);
        _generator = generator;
        MaxStates = maxStates;
        _pass = generator is IOwnExactCurve own
            ? own.ExactOffSteps(maxStates)
            : new ExactForwardPass(generator.Exact, generator.Context.Manifold, maxStates, KeyBudget(maxStates));
    }

    public int MaxStates { get; }

    /// <summary>
    /// Keys of earlier steps are remembered (with their transitions) while at most this many are
    /// known; past it, only the current step's keys are kept.
    /// </summary>
    internal static int KeyBudget(int maxStates) => (int)Math.Clamp(4L * maxStates, 1 << 16, int.MaxValue);

    /// <summary>The last t whose value is known exactly.</summary>
    public int ComputedThrough
    {
        get
        {
            lock (_gate)
            {
                return _offByStep.Count - 1;
            }
        }
    }

    /// <summary>True once the state space outgrew the limit: later steps have no exact value.</summary>
    public bool LimitReached { get; private set; }

    /// <summary>The value at t if it is computed already (never computes); null otherwise.</summary>
    public double? Known(int t)
    {
        lock (_gate)
        {
            return t >= 0 && t < _offByStep.Count ? _offByStep[t] : null;
        }
    }

    /// <summary>The exact value at t (t ≤ L), computing up to t if needed; null when beyond the limit.</summary>
    public double? At(int t, CancellationToken cancellation = default)
    {
        t = Math.Min(t, _generator.Context.Length);
        lock (_gate)
        {
            while (_offByStep.Count <= t && !LimitReached)
            {
                cancellation.ThrowIfCancellationRequested();
                Advance();
            }

            return t < _offByStep.Count ? _offByStep[t] : null;
        }
    }

    /// <summary>
    /// LeCun's bound for the whole lane (semantics §13), computing the curve through L if needed; null when
    /// the exact process does not reach L (beyond the state limit).
    /// </summary>
    public LecunBound? LecunBound(CancellationToken cancellation = default)
    {
        var length = _generator.Context.Length;
        if (At(length, cancellation) is null)
        {
            return null;
        }

        return KnownLecunBound();
    }

    /// <summary>
    /// LeCun's bound if the curve is computed through L already; null otherwise. Never computes and never waits
    /// for a computation in progress (a pane reads it while another thread extends the curve).
    /// </summary>
    public LecunBound? KnownLecunBound() => Volatile.Read(ref _lecunBound);

    /// <summary>
    /// Whether the lane's steps have one token error per state that LeCun's bound can take the minimum of; a lane
    /// with its own exact curve (a masked-diffusion lane: one step commits several positions) does not.
    /// </summary>
    public bool HasLecunBound => _pass.MinTokenError is not null;

    private void Advance()
    {
        var t = _offByStep.Count;
        if (_pass.Step(t) is not double off)
        {
            LimitReached = true;
            return;
        }

        _offByStep.Add(Math.Min(1.0, _offByStep[t - 1] + off));
        var length = _generator.Context.Length;
        if (t == length && _pass.MinTokenError is double minTokenError)
        {
            Volatile.Write(ref _lecunBound, new LecunBound(minTokenError, length, _generator.Context.Manifold.Tolerance));
        }
    }
}
