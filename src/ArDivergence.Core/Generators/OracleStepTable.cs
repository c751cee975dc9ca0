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
        NextStates = moves.NextStates;
        Valid = new AliasTable(validProbabilities);
    }

    public double OffProbability { get; }

    public AliasTable Valid { get; }

    public int[] NextStates { get; }
}
