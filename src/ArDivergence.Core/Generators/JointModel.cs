using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Generators;

/// <summary>
/// With probability 1−ε a sequence from P*; with probability ε one from P* with one position j
/// (uniform over the call's positions) replaced by a token uniform over V \ A. Where V \ A is empty
/// the replacement is impossible and the position stays as drawn; the memory counts such positions,
/// which keeps the conditionals exact even then.
/// <para><c>per_call</c>: every call draws its own ε over its own positions (memory: uncorruptible
/// positions in this call). <c>consistent</c>: a call samples the model's own joint over all L
/// positions conditioned on the prefix (memory: uncorruptible positions since t = 1).</para>
/// </summary>
public sealed class JointModel : IOneShotModel
{
    private readonly IManifold _manifold;
    private readonly double _error;
    private readonly int _length;

    public JointModel(GenerationContext context, double sequenceError, Conditioning conditioning)
    {
        ArgumentNullException.ThrowIfNull(context);
        _manifold = context.Manifold;
        _error = sequenceError;
        _length = context.Length;
        Conditioning = conditioning;
    }

    public Conditioning Conditioning { get; }

    public int MemoryAtPlanStart(int carried, int originState) => Conditioning == Conditioning.PerCall ? 0 : carried;

    public int AdvanceMemory(int memory, MoveSet moves, int token) =>
        moves.Count == moves.VocabularySize ? memory + 1 : memory;

    public void Plan(PlanFrame frame, int memory, IReadOnlyList<int> prefix, ref SeededRandom random, Span<int> output, ref object? scratch)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(prefix);
        if (frame.OriginState == ManifoldState.Off)
        {
            PlanFromOffPrefix(frame, prefix, ref random, output, ref scratch);
            return;
        }

        var corruptAt = -1;
        if (Conditioning == Conditioning.PerCall)
        {
            if (random.NextDouble() < _error)
            {
                corruptAt = random.NextInt(frame.Positions);
            }
        }
        else
        {
            // Posterior of the corrupted position J given a valid prefix of t0−1 tokens: clean or J among
            // the earlier uncorruptible positions (weight 1−ε + a·ε/L), else J uniform over [t0, L].
            var share = _error / _length;
            var keepClean = 1.0 - _error + (memory * share);
            var u = random.NextDouble() * (keepClean + ((_length - frame.FirstStep + 1) * share));
            if (u >= keepClean)
            {
                corruptAt = (int)Math.Min((u - keepClean) / share, _length - frame.FirstStep);
            }
        }

        TruthMixtures.SampleWalk(_manifold, frame.OriginState, frame.FirstStep, corruptAt, ref random, output);
    }

    public TokenDistribution OnManifoldConditional(int firstStep, int positions, int memory, int currentState, int t, UInt128 context)
    {
        var moves = _manifold.Moves(currentState, t);
        if (moves.Count == moves.VocabularySize)
        {
            return moves.Truth;
        }

        double share, stillPossible;
        if (Conditioning == Conditioning.PerCall)
        {
            share = _error / positions;
            stillPossible = 1.0 - _error + (share * (memory + positions - (t - firstStep)));
        }
        else
        {
            share = _error / _length;
            stillPossible = 1.0 - _error + (share * (memory + _length - t + 1));
        }

        return TruthMixtures.WithInvalidNoise(moves, share / stillPossible);
    }

    public TokenDistribution Conditional(
        PlanFrame frame, int memory, int currentState, int t, UInt128 context, IReadOnlyList<int> prefix, ref object? scratch)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(prefix);
        if (currentState != ManifoldState.Off)
        {
            return OnManifoldConditional(frame.FirstStep, frame.Positions, memory, currentState, t, context);
        }

        if (Conditioning == Conditioning.PerCall)
        {
            // The corruption happened inside this call; before it the call followed P* from its origin.
            return frame.OriginState == ManifoldState.Off
                ? TokenDistribution.Uniform(_manifold.VocabularySize)
                : HiddenOriginal.Mixture(_manifold, Posterior(frame.OriginState, frame.FirstStep, prefix, t - 1, ref scratch), t);
        }

        return HiddenOriginal.Mixture(_manifold, Posterior(_manifold.StartState, 1, prefix, t - 1, ref scratch), t);
    }

    /// <summary>
    /// The posterior over the hidden original after the tokens of steps startStep..through, extending
    /// the one in <paramref name="scratch"/> by a token when it is one step behind (so a lane that has
    /// left the manifold does not redo the whole walk at every step).
    /// </summary>
    private IReadOnlyList<(double Weight, int State)> Posterior(
        int startState, int startStep, IReadOnlyList<int> prefix, int through, ref object? scratch)
    {
        if (scratch is PosteriorMemo memo && memo.StartState == startState && memo.StartStep == startStep)
        {
            if (memo.Through == through)
            {
                return memo.Posterior;
            }

            if (memo.Through == through - 1 && through >= startStep)
            {
                var advanced = HiddenOriginal.Advance(_manifold, memo.Posterior, through, prefix[through - 1]);
                scratch = memo with { Through = through, Posterior = advanced };
                return advanced;
            }
        }

        var posterior = HiddenOriginal.Posterior(_manifold, startState, startStep, new ReadOnlyListSlice(prefix, through), startStep - 1);
        scratch = new PosteriorMemo(startState, startStep, through, posterior);
        return posterior;
    }

    private void PlanFromOffPrefix(PlanFrame frame, IReadOnlyList<int> prefix, ref SeededRandom random, Span<int> output, ref object? scratch)
    {
        var posterior = Conditioning == Conditioning.Consistent
            ? Posterior(_manifold.StartState, 1, prefix, frame.FirstStep - 1, ref scratch)
            : [];
        var state = ManifoldState.Off;
        if (posterior.Count > 0)
        {
            var u = random.NextDouble();
            state = posterior[^1].State;
            foreach (var (weight, candidate) in posterior)
            {
                if (u < weight)
                {
                    state = candidate;
                    break;
                }

                u -= weight;
            }
        }

        // per_call on an off prefix: P* says nothing there, so the call is uniform babble.
        TruthMixtures.SampleWalk(_manifold, state, frame.FirstStep, -1, ref random, output);
    }
}
