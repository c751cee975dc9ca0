using ArDivergence.Core.Metrics;

namespace ArDivergence.Core.Generators.Diffusion;

/// <summary>
/// Exact off_manifold of a masked-diffusion lane: the distribution over committed sets (canvases) carried from
/// step to step, each step's law enumerated (<see cref="DenoisingStep.Enumerate"/>). Gives up (null) where a
/// step would hold more than the state limit of canvases, where one canvas's step is too large to enumerate
/// (<see cref="MaskedDiffusionGenerator.MaxStepOutcomes"/>) or where the canvases' steps have more than
/// <see cref="MaxOutcomesPerStep"/> distinct outcomes in all. Past the lane's last step nothing more leaves.
/// Not thread-safe: <see cref="ExactOffManifold"/> locks.
/// </summary>
internal sealed class DiffusionExactSteps(MaskedDiffusionGenerator lane, int maxStates) : IExactOffSteps
{
    public const long MaxOutcomesPerStep = 5_000_000;

    private readonly Dictionary<Canvas, bool> _consistent = [];
    private Dictionary<Canvas, double> _masses = new() { [Canvas.Empty(lane.Context.Length)] = 1.0 };

    public double? Step(int t)
    {
        if (t > lane.Schedule.Steps)
        {
            return 0.0;
        }

        var next = new Dictionary<Canvas, double>();
        var off = 0.0;
        var budget = MaxOutcomesPerStep;
        foreach (var (canvas, mass) in _masses)
        {
            var law = lane.StepLaw(canvas, t);
            if (law is null)
            {
                return null;
            }

            budget -= law.Count;
            foreach (var entry in law)
            {
                var after = canvas.With(entry.Writes);
                if (Consistent(after))
                {
                    next[after] = next.GetValueOrDefault(after) + (mass * entry.Probability);
                }
                else
                {
                    off += mass * entry.Probability;
                }
            }

            if (next.Count > maxStates || budget <= 0)
            {
                return null;
            }
        }

        _masses = next;
        return off;
    }

    private bool Consistent(Canvas canvas)
    {
        if (!_consistent.TryGetValue(canvas, out var known))
        {
            known = ConditionalMarginals.IsConsistent(lane.Context.Manifold, canvas);
            _consistent[canvas] = known;
        }

        return known;
    }
}
