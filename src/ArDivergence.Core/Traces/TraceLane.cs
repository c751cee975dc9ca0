using System.Collections.Immutable;
using ArDivergence.Core.Compute;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Traces;

/// <summary>
/// A `trace` lane (semantics §10): steps through one recorded generation (the first of its traces unless
/// another is shown); every trace is one independent sample. Each step's distribution is the listed
/// alternatives (the unlisted mass is nowhere), its token error the bounds of <see cref="TraceBounds"/>
/// and its path_off their product; off_manifold is the fraction of traces off by t. It cannot branch,
/// draw fresh runs or be solved exactly: a recording is all there is.
/// </summary>
public sealed class TraceLane : IGenerator, IRecordedLane
{
    public static readonly GeneratorKind TraceKind = new("trace", "TRC");

    private readonly ImmutableArray<TraceWalk> _walks;
    private readonly ITextLanguage _language;
    private readonly TraceTokenTable _tokens;
    private readonly TraceWalk _shown;

    public TraceLane(string name, ImmutableArray<TraceWalk> walks, ITextLanguage language, int length, IReadOnlyList<int> prompt, int shown = 0)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (walks.IsDefaultOrEmpty)
        {
            throw new ArgumentException("a trace lane needs at least one trace", nameof(walks));
        }

        Name = name;
        _walks = walks;
        _language = language;
        Length = length;
        Shown = Math.Clamp(shown, 0, walks.Length - 1);
        _shown = walks[Shown];
        _tokens = new TraceTokenTable(walks.Select(w => w.Trace));
        Manifold = new TracePrefixManifold(language, _tokens, _shown.Trace.Tokens.Length);
        Context = new GenerationContext(Manifold, _tokens.Count, prompt) { TextTokens = _tokens.ToTextVocabulary() };
        Recorded = Histogram(walks, length);
    }

    public string Name { get; }

    public GeneratorKind Kind => TraceKind;

    /// <summary>A recording says nothing of its model's size: the default settings, and no step is charged.</summary>
    public ComputeConfig Compute => ComputeConfig.Default;

    public GenerationContext Context { get; }

    public LaneCapabilities Capabilities => LaneCapabilities.None;

    /// <summary>L, the scenario's token budget (the traces are at most this long).</summary>
    public int Length { get; }

    public TracePrefixManifold Manifold { get; }

    public TraceTokenTable Tokens => _tokens;

    public FirstOffHistogram Recorded { get; }

    public int Samples => _walks.Length;

    public int Shown { get; }

    public TraceWalk ShownWalk => _shown;

    public IGenerator Showing(int index) => new TraceLane(Name, _walks, _language, Length, Context.Prompt, index);

    public LaneState Start(SeededRandom random) => new(0, _language.Start, 0, 0, random, default, null);

    public StepOutcome Step(LaneState state, IReadOnlyList<int> prefix, int? forcedToken = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (forcedToken.HasValue)
        {
            throw new InvalidOperationException("a recorded trace cannot branch; the session refuses to force it");
        }

        var t = state.T + 1;
        var token = _shown.Trace.Tokens[t - 1];
        var step = _shown.Steps[t - 1];
        var emitted = _tokens.IdOf(token.Text, token.Bytes);
        var manifold = state.IsOnManifold && step.OnManifold ? _language.Advance(state.Manifold, token.Bytes.AsSpan()) : ManifoldState.Off;
        var next = state with { T = t, Manifold = manifold };
        return new StepOutcome(emitted, Distribution(token), next, state.Ledger.EndStep(0))
        {
            TokenErrorBounds = step.TokenErrorValue,
            PathOffBounds = step.PathOffValue,
            Extras = new StepExtras(UnlistedMass: step.UnlistedMass),
        };
    }

    /// <summary>The listed alternatives as a distribution (probabilities of one token listed twice add up).</summary>
    private TokenDistribution Distribution(RecordedToken token)
    {
        var mass = new SortedDictionary<int, double>();
        foreach (var alternative in token.Alternatives)
        {
            var id = _tokens.IdOf(alternative.Text, alternative.Bytes);
            mass[id] = mass.GetValueOrDefault(id) + alternative.Probability;
        }

        return TokenDistribution.Create(_tokens.Count, [.. mass.Keys], [.. mass.Values], 0.0, []);
    }

    private static FirstOffHistogram Histogram(ImmutableArray<TraceWalk> walks, int length)
    {
        var firstOff = new long[length + 1];
        foreach (var walk in walks)
        {
            if (walk.FirstOffStep is { } t)
            {
                firstOff[Math.Min(t, length)]++;
            }
        }

        return new FirstOffHistogram(firstOff, walks.Length);
    }
}
