using ArDivergence.Core.Compute;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Tui.Tests.Views;

/// <summary>
/// A lane that is as expensive as a test wants: it is the inner generator, except that its exact
/// process stops at step <paramref name="gateAt"/> until the gate opens. Exact off_manifold work on it
/// therefore knows t &lt; gateAt and then runs "forever", without any timing.
/// </summary>
internal sealed class GatedGenerator(IGenerator inner, int gateAt, ManualResetEventSlim gate) : IExactLane, ISequenceScorer
{
    private readonly GatedProcess _process = new(inner.Exact, gateAt, gate);

    /// <summary>True while the exact process waits at the gate.</summary>
    public bool Waiting => _process.Waiting;

    public string Name => inner.Name;

    public GeneratorKind Kind => inner.Kind;

    public ComputeConfig Compute => inner.Compute;

    public GenerationContext Context => inner.Context;

    public LaneCapabilities Capabilities => inner.Capabilities;

    public IExactProcess Exact => _process;

    public LaneState Start(SeededRandom random) => inner.Start(random);

    public StepOutcome Step(LaneState state, IReadOnlyList<int> prefix, int? forcedToken = null) => inner.Step(state, prefix, forcedToken);

    public double SequenceProbability(IReadOnlyList<int> tokens) => ((ISequenceScorer)inner).SequenceProbability(tokens);

    private sealed class GatedProcess(IExactProcess inner, int gateAt, ManualResetEventSlim gate) : IExactProcess
    {
        private volatile bool _waiting;

        public bool Waiting => _waiting;

        public ProcessKey Initial => inner.Initial;

        public TokenDistribution Conditional(ProcessKey key, int t)
        {
            if (t >= gateAt && !gate.IsSet)
            {
                _waiting = true;
                gate.Wait(TimeSpan.FromSeconds(60));
                _waiting = false;
            }

            return inner.Conditional(key, t);
        }

        public ProcessKey Advance(ProcessKey key, int t, int token, int nextManifold) => inner.Advance(key, t, token, nextManifold);
    }
}
