using ArDivergence.Core.Compute;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Generators;

/// <summary>
/// One generated step: the token, the distribution it was drawn from (given the lane's actual
/// prefix, and the current plan's earlier tokens), the lane after the step and the step's compute.
/// </summary>
public sealed record StepOutcome(int Token, TokenDistribution Distribution, LaneState Next, StepCompute Compute);
