using ArDivergence.Core.Compute;
using ArDivergence.Core.Generators;

namespace ArDivergence.Core.Metrics;

/// <summary>
/// The path-dependent metrics of one step of one lane (semantics §4). off_manifold is a property of
/// the lane, not of this path, and lives in <see cref="OffManifoldCurve"/>. <see cref="T"/> is the
/// lane's time (its step counter); the positions the step wrote are in <see cref="Writes"/>, and
/// <see cref="Token"/> is the first of them.
/// </summary>
public sealed record StepRecord(
    int T,
    int Token,
    double TokenProbability,
    bool OnManifold,
    double? TokenError,
    double PathOff,
    double LecunNaive,
    IReadOnlyList<TopToken> Top,
    StepCompute Compute,
    ComputeTotals Totals,
    bool Forced,
    PathAccumulators Accumulators)
{
    private readonly IReadOnlyList<TokenWrite>? _writes;
    private readonly MetricValue? _tokenErrorValue;
    private readonly MetricValue? _pathOffValue;

    /// <summary>The step's edit; by default one write of <see cref="Token"/> at position <see cref="T"/>.</summary>
    public IReadOnlyList<TokenWrite> Writes
    {
        get => _writes ?? [new TokenWrite(T, Token)];
        init => _writes = value;
    }

    /// <summary>
    /// The token error as far as it is known: <see cref="TokenError"/> when that is a number, or the
    /// bounds of a lane without a full distribution (then <see cref="TokenError"/> is null).
    /// </summary>
    public MetricValue TokenErrorValue
    {
        get => _tokenErrorValue ?? MetricValue.Of(TokenError);
        init => _tokenErrorValue = value;
    }

    /// <summary>Per-step figures of one lane kind (a speculative lane's acceptance and round); null for others.</summary>
    public StepExtras? Extras { get; init; }
    /// <summary>Invalid tokens on the path through this step (semantics §13), tolerance + 1 once off.</summary>
    public int InvalidSoFar { get; init; }

    /// <summary>How many draws a verifier took for this token; null for a lane without one.</summary>
    public int? Draws { get; init; }

    /// <summary>The verifier's expected draws at this step; null without a verifier or off the manifold.</summary>
    public double? ExpectedDraws { get; init; }
    /// <summary>path_off as far as it is known: <see cref="PathOff"/>, or the bounds of a lane whose token errors are bounds.</summary>
    public MetricValue PathOffValue
    {
        get => _pathOffValue ?? MetricValue.Of(PathOff);
        init => _pathOffValue = value;
    }
    /// <summary>Wall time of the model decodes of this step (real-model lanes only); never compared in tests or replay.</summary>
    public double? DecodeMilliseconds { get; init; }

    /// <summary>The plan an mpc step's token comes from (what it keeps and rolls back); null for other lanes. Not an output column.</summary>
    public PlanView? Plan { get; init; }

    /// <summary>The mean of the token errors defined so far (null before any).</summary>
    public double? MeanTokenError => Accumulators.ErrorCount == 0 ? null : Accumulators.ErrorSum / Accumulators.ErrorCount;
}
