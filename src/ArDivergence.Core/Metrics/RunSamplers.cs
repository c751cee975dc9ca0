using ArDivergence.Core.Generators;
using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Randomness;

namespace ArDivergence.Core.Metrics;

/// <summary>Chooses the run sampler for a lane.</summary>
public static class RunSamplers
{
    public static IRunSampler For(IGenerator generator) => generator switch
    {
        AutoregressiveGenerator { Model: NoisyOracleModel { HasConstantError: true } oracle } autoregressive =>
            new NoisyOracleRunSampler(autoregressive.Context.Manifold, oracle),
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

    /// <summary>
    /// A noisy oracle with constant ε: one uniform number per step decides "off" (below the state's
    /// off probability) or picks the valid move by its alias table. The same distribution as the lane,
    /// drawn with fewer operations.
    /// </summary>
    private sealed class NoisyOracleRunSampler(IManifold manifold, NoisyOracleModel oracle) : IRunSampler
    {
        public int FirstOffStep(ref SeededRandom random)
        {
            var state = manifold.StartState;
            var length = manifold.Length;
            MoveSet? lastMoves = null;
            OracleStepTable? table = null;
            for (var t = 1; t <= length; t++)
            {
                var moves = manifold.Moves(state, t);
                if (!ReferenceEquals(moves, lastMoves))
                {
                    lastMoves = moves;
                    table = oracle.StepTable(moves);
                }

                var u = random.NextDouble();
                var off = table!.OffProbability;
                if (u < off)
                {
                    return t;
                }

                state = table.NextStates[table.Valid.Sample((u - off) / (1.0 - off))];
            }

            return length + 1;
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
