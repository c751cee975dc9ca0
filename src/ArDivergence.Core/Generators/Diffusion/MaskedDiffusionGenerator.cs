using ArDivergence.Core.Compute;
using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Specs;

namespace ArDivergence.Core.Generators.Diffusion;

/// <summary>
/// A masked-diffusion lane (semantics §11): LLaDA's block sampler over <see cref="MaskedDenoiser"/>. One lane step
/// is one denoising step, which commits several positions (its <see cref="StepOutcome.Writes"/>, by position).
/// The committed set lives in <see cref="LaneState.KindState"/> (a <see cref="Canvas"/>); the lane's manifold state is the start state while
/// the set agrees with some valid sequence and off once it agrees with none.
/// </summary>
public sealed class MaskedDiffusionGenerator : IOwnExactCurve, IForcesPositions
{
    /// <summary>Joint draws one step's exact law (and so its token error) may enumerate; beyond, Monte Carlo.</summary>
    public const long MaxStepOutcomes = 200_000;

    /// <summary>Resamples of a step when its token error cannot be enumerated.</summary>
    public const int TokenErrorResamples = 2_000;

    public MaskedDiffusionGenerator(
        string name, GenerationContext context, MaskedDenoiser denoiser, DiffusionSchedule schedule, Remasking remasking, bool prefixCache, ComputeConfig compute)
    {
        Name = name;
        Context = context;
        Denoiser = denoiser;
        Schedule = schedule;
        Remasking = remasking;
        PrefixCache = prefixCache;
        Compute = compute;
    }

    public string Name { get; }

    public static GeneratorKind DiffusionKind { get; } = new("masked_diffusion", "MDM");

    public GeneratorKind Kind => DiffusionKind;

    public ComputeConfig Compute { get; }

    public GenerationContext Context { get; }

    /// <summary>
    /// Exact off_manifold by enumeration (where it fits), fresh runs, full distributions; it cannot branch, but a
    /// masked position of the current block can be forced in the next step (<see cref="IForcesPositions"/>, docs/semantics.md).
    /// </summary>
    public LaneCapabilities Capabilities => LaneCapabilities.ExactProcess | LaneCapabilities.MonteCarlo | LaneCapabilities.FullDistribution;

    public MaskedDenoiser Denoiser { get; }

    public DiffusionSchedule Schedule { get; }

    public Remasking Remasking { get; }

    public bool PrefixCache { get; }

    public LaneState Start(SeededRandom random) =>
        new(0, Context.Manifold.StartState, 0, 0, random, default, null) { KindState = Canvas.Empty(Context.Length) };

    public StepOutcome Step(LaneState state, IReadOnlyList<int> prefix, int? forcedToken = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (forcedToken.HasValue)
        {
            throw new InvalidOperationException("a masked-diffusion lane cannot branch; force a masked position through IForcesPositions");
        }

        return Step(state, null);
    }

    public string? RefuseForce(LaneState state, int position)
    {
        ArgumentNullException.ThrowIfNull(state);
        var canvas = CanvasOf(state);
        if (state.T >= Schedule.Steps || position < 1 || position > canvas.Length)
        {
            return $"{Name} has no step to come that could commit position {position}";
        }

        if (!canvas.IsMasked(position))
        {
            return $"position {position} is already committed; diffusion commits are final";
        }

        var block = Schedule.At(state.T + 1);
        return position < block.First || position > block.Last
            ? $"position {position} is not in the block the next step fills ({block.First}..{block.Last}); force a masked position of that block"
            : null;
    }

    public StepOutcome StepForcing(LaneState state, IReadOnlyList<int> prefix, TokenWrite forced)
    {
        ArgumentNullException.ThrowIfNull(state);
        var refusal = RefuseForce(state, forced.Position);
        return refusal is null ? Step(state, forced) : throw new InvalidOperationException(refusal);
    }

    /// <summary>
    /// The exact law of the other commits of lane step <paramref name="step"/> from <paramref name="canvas"/> when
    /// <paramref name="forced"/> is fixed first (the forced write not included), or null when too large to enumerate.
    /// </summary>
    public IReadOnlyList<StepLawEntry>? ForcedStepLaw(Canvas canvas, int step, TokenWrite forced, long maxOutcomes = MaxStepOutcomes)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        var block = Schedule.At(step);
        var conditioned = canvas.With([forced]);
        return DenoisingStep.Enumerate(Denoiser.View(conditioned), MaskedIn(conditioned, block), block.Commits - 1, Remasking, maxOutcomes);
    }

    private StepOutcome Step(LaneState state, TokenWrite? forced)
    {
        var (next, writes, view, masked, commits) = Advance(state, forced);
        var before = forced is null ? view : Denoiser.View(CanvasOf(state));
        var errorStream = state.Random;
        var tokenError = state.IsOnManifold ? TokenError(view, masked, commits, errorStream.NextUInt64()) : MetricValue.Absent;
        var ledger = state.Ledger;
        var block = Schedule.At(next.T);
        var compute = Charge(ref ledger, next.T, MaskedIn(before.Canvas, block).Length, MaskedCount(before.Canvas), block.Commits);
        var first = writes[0];

        // The forced position's q is the one before the force; the others' condition on it.
        var firstView = first.Position == forced?.Position ? before : view;
        return new StepOutcome(first.Token, firstView.At(first.Position), next with { Ledger = ledger }, compute)
        {
            Writes = writes,
            TokenErrorBounds = tokenError,
            ValidAtFirstWrite = firstView.Possible(first.Position),
        };
    }

    /// <summary>The exact law of lane step <paramref name="step"/> from <paramref name="canvas"/>, or null when too large to enumerate.</summary>
    public IReadOnlyList<StepLawEntry>? StepLaw(Canvas canvas, int step, long maxOutcomes = MaxStepOutcomes)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        var block = Schedule.At(step);
        return DenoisingStep.Enumerate(Denoiser.View(canvas), MaskedIn(canvas, block), block.Commits, Remasking, maxOutcomes);
    }

    /// <summary>The masked positions of the current block, ascending.</summary>
    public static int[] MaskedIn(Canvas canvas, StepInBlock block)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        return [.. Enumerable.Range(block.First, block.Last - block.First + 1).Where(canvas.IsMasked)];
    }

    public IExactOffSteps ExactOffSteps(int maxStates) => new DiffusionExactSteps(this, maxStates);

    /// <summary>A fresh run without per-step metrics (Monte Carlo): the lane step at which it left, or L + 1.</summary>
    internal int FirstOffStep(ref SeededRandom random)
    {
        var state = Start(random);
        for (var t = 1; t <= Schedule.Steps; t++)
        {
            state = Advance(state, null).Next;
            if (!state.IsOnManifold)
            {
                return t;
            }
        }

        return Context.Length + 1;
    }

    /// <summary>
    /// One denoising step. With <paramref name="forced"/>, it is fixed in the committed set before the draws, taken
    /// out of the masked positions and counts as one of the step's commits; the view, masked positions and commit
    /// count returned are those the draws used.
    /// </summary>
    private (LaneState Next, TokenWrite[] Writes, DenoiserView View, int[] Masked, int Commits) Advance(LaneState state, TokenWrite? forced)
    {
        var t = state.T + 1;
        var block = Schedule.At(t);
        var canvas = CanvasOf(state);
        var conditioned = forced is { } f ? canvas.With([f]) : canvas;
        var commits = forced is null ? block.Commits : block.Commits - 1;
        var view = Denoiser.View(conditioned);
        var masked = MaskedIn(conditioned, block);
        var random = state.Random;
        var sampled = DenoisingStep.Sample(view, masked, commits, Remasking, ref random);
        TokenWrite[] writes = forced is { } w ? [.. sampled.Append(w).OrderBy(x => x.Position)] : sampled;
        var after = canvas.With(writes);
        var on = state.IsOnManifold && ConditionalMarginals.IsConsistent(Context.Manifold, after);
        var next = state with { T = t, Manifold = on ? Context.Manifold.StartState : ManifoldState.Off, Random = random, KindState = after };
        return (next, writes, view, masked, commits);
    }

    private static Canvas CanvasOf(LaneState state) =>
        state.KindState as Canvas ?? throw new InvalidOperationException("a masked-diffusion lane's state carries its canvas");

    /// <summary>P(the commits of this step agree with no valid sequence | the canvas before it): exact, else resampled.</summary>
    private MetricValue TokenError(DenoiserView view, int[] masked, int commits, ulong resampleKey)
    {
        var manifold = Context.Manifold;
        var law = DenoisingStep.Enumerate(view, masked, commits, Remasking, MaxStepOutcomes);
        if (law is not null)
        {
            var off = law.Where(e => !ConditionalMarginals.IsConsistent(manifold, view.Canvas.With(e.Writes))).Sum(e => e.Probability);
            return MetricValue.Of(Math.Clamp(off, 0.0, 1.0));
        }

        var random = new SeededRandom(StableHash.Combine(resampleKey, (ulong)TokenErrorResamples));
        var inconsistent = 0;
        for (var i = 0; i < TokenErrorResamples; i++)
        {
            var writes = DenoisingStep.Sample(view, masked, commits, Remasking, ref random);
            inconsistent += ConditionalMarginals.IsConsistent(manifold, view.Canvas.With(writes)) ? 0 : 1;
        }

        var interval = WilsonInterval.Of95(inconsistent, TokenErrorResamples);
        return MetricValue.Between(interval.Lower, interval.Upper);
    }

    private static int MaskedCount(Canvas canvas) => Enumerable.Range(1, canvas.Length).Count(canvas.IsMasked);

    /// <summary>
    /// Semantics §5 for a bidirectional denoiser: every step passes over P' + L positions; with a prefix cache the
    /// prompt and the finished blocks are cached after step 1 and each later step passes over the current and
    /// later blocks only, attending to all P' + L positions. The predictions at masked positions the step does not
    /// commit are discarded (semantics §12).
    /// </summary>
    private StepCompute Charge(ref ComputeLedger ledger, int t, int maskedInBlock, int maskedInAll, int commits)
    {
        var prompt = (long)Context.PromptPositions;
        var all = prompt + Context.Length;
        var block = Schedule.At(t);
        var cached = PrefixCache && t > 1 ? prompt + block.First - 1 : 0;
        ledger.BidirectionalPass(Compute, cached, all, all);
        if (cached > 0)
        {
            ledger.Reuse(cached * Compute.BidirectionalFlopsPerPosition(all));
            ledger.ThinkOrReuse(Compute);
        }
        else
        {
            ledger.Think(Compute);
        }

        // The pass predicted every masked position; those left masked are predicted again later.
        ledger.Discard((maskedInAll - commits) * Compute.BidirectionalFlopsPerPosition(all));

        // After the step the cache holds the prompt and every block finished by now.
        var finished = maskedInBlock == commits;
        var resident = PrefixCache ? prompt + (finished ? block.Last : block.First - 1) : 0;
        return ledger.EndStep(resident * Compute.KvBytesPerPosition);
    }
}
