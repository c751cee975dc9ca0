using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Metrics;

namespace ArDivergence.Core.Generators;

/// <summary>
/// What Monte Carlo needs of a noisy oracle at one manifold state: the probability of leaving the
/// manifold and, for staying on, an alias table over the valid moves and the states they lead to.
/// </summary>
public sealed class OracleStepTable
{
    public OracleStepTable(double offProbability, MoveSet moves, IReadOnlyList<double> validProbabilities)
    {
        ArgumentNullException.ThrowIfNull(moves);
        OffProbability = offProbability;
        StayScale = offProbability < 1 ? 1.0 / (1.0 - offProbability) : 0.0;
        NextStates = moves.NextStates;
        Valid = new AliasTable(validProbabilities);
    }

    public double OffProbability { get; }

    /// <summary>1 / (1 − off): maps a uniform number above the off probability back onto [0, 1).</summary>
    public double StayScale { get; }

    public AliasTable Valid { get; }

    public int[] NextStates { get; }
}
