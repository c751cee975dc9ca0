using ArDivergence.Core.Generators;

namespace ArDivergence.Core.Tests.Support;

/// <summary>
/// The plain dictionary form of exact off_manifold, kept as the reference the optimised dynamic
/// programming must agree with: one dictionary of key → mass per step, every conditional asked for
/// again at every step, off mass summed from each key's invalid mass.
/// </summary>
internal static class ReferenceOffManifold
{
    /// <summary>off_manifold(t) for t = 0.. up to L, stopping before the first step with more than <paramref name="maxStates"/> keys.</summary>
    public static IReadOnlyList<double> OffByStep(IGenerator generator, int maxStates = int.MaxValue)
    {
        var process = generator.Exact;
        var manifold = generator.Context.Manifold;
        var off = new List<double> { 0.0 };
        var mass = new Dictionary<ProcessKey, double> { [process.Initial] = 1.0 };
        for (var t = 1; t <= generator.Context.Length; t++)
        {
            var next = new Dictionary<ProcessKey, double>();
            var leaving = 0.0;
            foreach (var (key, m) in mass)
            {
                var moves = manifold.Moves(key.Manifold, t);
                var distribution = process.Conditional(key, t);
                leaving += m * distribution.MassOutside(moves.Tokens);
                for (var i = 0; i < moves.Count; i++)
                {
                    var p = distribution.Probability(moves.Tokens[i]);
                    if (p > 0)
                    {
                        var successor = process.Advance(key, t, moves.Tokens[i], moves.NextStates[i]);
                        next[successor] = next.GetValueOrDefault(successor) + (m * p);
                    }
                }
            }

            if (next.Count > maxStates)
            {
                break;
            }

            off.Add(Math.Min(1.0, off[^1] + leaving));
            mass = next;
        }

        return off;
    }
}
