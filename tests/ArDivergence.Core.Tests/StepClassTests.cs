using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Tests.Support;
using CsCheck;

namespace ArDivergence.Core.Tests;

/// <summary>Steps with the same class really have the same moves at every state (what Monte Carlo relies on).</summary>
public class StepClassTests
{
    [Fact]
    public void Steps_of_one_class_share_their_move_sets_at_every_state()
    {
        TinyScenarios.Gen.Sample(spec =>
        {
            var manifold = ScenarioCompiler.Compile(spec).Manifold;
            var states = new HashSet<int> { manifold.StartState };
            for (var t = 1; t <= manifold.Length; t++)
            {
                foreach (var state in states.ToArray())
                {
                    foreach (var next in manifold.Moves(state, t).NextStates)
                    {
                        states.Add(next);
                    }
                }
            }

            for (var t = 1; t <= manifold.Length; t++)
            {
                for (var u = t + 1; u <= manifold.Length; u++)
                {
                    if (manifold.StepClass(t) != manifold.StepClass(u))
                    {
                        continue;
                    }

                    foreach (var state in states)
                    {
                        Assert.Same(manifold.Moves(state, t), manifold.Moves(state, u));
                    }
                }
            }
        }, iter: 200);
    }
}
