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

    /// <summary>Wall time of the model decodes this step ran (real-model lanes only; measured outside Core).</summary>
    public double? DecodeMilliseconds { get; init; }
}
