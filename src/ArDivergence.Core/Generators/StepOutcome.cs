using ArDivergence.Core.Compute;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Generators;

/// <summary>
/// One generated step: the token, the distribution it was drawn from (given the lane's actual
/// prefix, and the current plan's earlier tokens), the lane after the step and the step's compute.
/// </summary>
public sealed record StepOutcome(int Token, TokenDistribution Distribution, LaneState Next, StepCompute Compute)
{
    private readonly IReadOnlyList<TokenWrite>? _writes;

    /// <summary>
    /// The step's edit, in the order written. By default one write of <see cref="Token"/> at the
    /// position equal to the step's lane time; a lane that commits several positions sets them all.
    /// </summary>
    public IReadOnlyList<TokenWrite> Writes
    {
        get => _writes ?? [new TokenWrite(Next.T, Token)];
        init => _writes = value;
    }

    /// <summary>
    /// The token error as the lane knows it when it has no full distribution (absent, or bounds);
    /// null means "compute it from <see cref="Distribution"/>".
    /// </summary>
    public MetricValue? TokenErrorBounds { get; init; }

    /// <summary>
    /// The tokens that were valid at the first write's position before the step, ascending, for a lane whose
    /// manifold state does not describe that position (a masked-diffusion lane); null means "ask the manifold".
    /// </summary>
    public int[]? ValidAtFirstWrite { get; init; }

    /// <summary>Per-step figures of one lane kind (a speculative lane's acceptance and round); null for others.</summary>
    public StepExtras? Extras { get; init; }
    /// <summary>How many draws a verifier took for this token (semantics §13); null for a lane without one.</summary>
    public int? Draws { get; init; }

    /// <summary>The verifier's expected draws (1 − r^{m+1})/(1 − r) at this step; null without a verifier or off the manifold.</summary>
    public double? ExpectedDraws { get; init; }
    /// path_off as the lane knows it when its token errors are bounds (e.g. [1 − Π(1 − low), 1 − Π(1 − high)]);
    /// null means "accumulate it from the token errors".
    /// </summary>
    public MetricValue? PathOffBounds { get; init; }
    /// <summary>Wall time of the model decodes this step ran (real-model lanes only; measured outside Core).</summary>
    public double? DecodeMilliseconds { get; init; }

    /// <summary>The plan an mpc step's token comes from (what it keeps and rolls back); null for other lanes.</summary>
    public PlanView? Plan { get; init; }
}
