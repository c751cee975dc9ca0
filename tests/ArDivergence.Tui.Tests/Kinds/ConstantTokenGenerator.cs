using ArDivergence.Core.Compute;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Tui.Tests.Kinds;

/// <summary>
/// The lane of <see cref="ConstantTokenKind"/>: a point mass on one token at every step. It is its own model and
/// lets an autoregressive lane do the stepping and the analysis, under its own kind.
/// </summary>
public sealed class ConstantTokenGenerator : IExactLane, ISequenceScorer, IAutoregressiveModel
{
    private readonly AutoregressiveGenerator _steps;
    private readonly TokenDistribution _always;

    public ConstantTokenGenerator(string name, GeneratorKind kind, GenerationContext context, int token, ComputeConfig compute)
    {
        Kind = kind;
        _always = TokenDistribution.PointMass(context.VocabularySize, token);
        _steps = new AutoregressiveGenerator(name, context, this, compute);
    }

    public string Name => _steps.Name;

    public GeneratorKind Kind { get; }

    public ComputeConfig Compute => _steps.Compute;

    public GenerationContext Context => _steps.Context;

    public LaneCapabilities Capabilities => _steps.Capabilities;

    public IExactProcess Exact => _steps.Exact;

    public UInt128 InitialContext => 0;

    public LaneState Start(SeededRandom random) => _steps.Start(random);

    public StepOutcome Step(LaneState state, IReadOnlyList<int> prefix, int? forcedToken = null) => _steps.Step(state, prefix, forcedToken);

    public double SequenceProbability(IReadOnlyList<int> tokens) => _steps.SequenceProbability(tokens);

    public TokenDistribution Next(int manifoldState, UInt128 context, int t) => _always;

    public UInt128 Advance(UInt128 context, int token) => context;
}
