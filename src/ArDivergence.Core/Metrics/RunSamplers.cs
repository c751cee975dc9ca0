using ArDivergence.Core.Generators;
using ArDivergence.Core.Randomness;

namespace ArDivergence.Core.Metrics;

/// <summary>Chooses the run sampler for a lane.</summary>
public static class RunSamplers
{
    public static IRunSampler For(IGenerator generator) => generator switch
    {
        AutoregressiveGenerator autoregressive => new AutoregressiveRunSampler(autoregressive),
        _ => new SteppingRunSampler(generator),
    };

    /// <summary>Runs the lane exactly as the debugger does, step by step.</summary>
    private sealed class SteppingRunSampler(IGenerator generator) : IRunSampler
    {
        public int FirstOffStep(ref SeededRandom random)
        {
            var state = generator.Start(random);
            var prefix = new List<int>(generator.Context.Length);
            for (var t = 1; t <= generator.Context.Length; t++)
            {
                var outcome = generator.Step(state, prefix);
                if (!outcome.Next.IsOnManifold)
                {
                    return t;
                }

                prefix.Add(outcome.Token);
                state = outcome.Next;
            }

            return generator.Context.Length + 1;
        }
    }

    /// <summary>An autoregressive lane without compute or records: draw, check, advance.</summary>
    private sealed class AutoregressiveRunSampler(AutoregressiveGenerator generator) : IRunSampler
    {
        public int FirstOffStep(ref SeededRandom random)
        {
            var manifold = generator.Context.Manifold;
            var model = generator.Model;
            var state = manifold.StartState;
            var context = model.InitialContext;
            for (var t = 1; t <= manifold.Length; t++)
            {
                var token = model.Next(state, context, t).Sample(random.NextDouble());
                state = manifold.Moves(state, t).Next(token);
                if (state == Manifolds.ManifoldState.Off)
                {
                    return t;
                }

                context = model.Advance(context, token);
            }

            return manifold.Length + 1;
        }
    }
}
