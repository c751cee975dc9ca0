using ArDivergence.Core.Generators;
using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Models;
using ArDivergence.Core.Randomness;

namespace ArDivergence.Core.Metrics;

/// <summary>Chooses the run sampler for a lane.</summary>
public static class RunSamplers
{
    public static IRunSampler For(IGenerator generator) => generator switch
    {
        AutoregressiveGenerator { Verifier: null, Context.Manifold.Tolerance: 0, Model: NoisyOracleModel { HasConstantError: true } oracle } autoregressive =>
            NoisyOracle(autoregressive.Context.Manifold, oracle),
        AutoregressiveGenerator autoregressive => new AutoregressiveRunSampler(autoregressive),
        Generators.Diffusion.MaskedDiffusionGenerator diffusion => new DiffusionRunSampler(diffusion),
        IDecoderLane real => new DecoderRunSampler(real),
        _ => new SteppingRunSampler(generator),
    };

    /// <summary>The constant-ε oracle's sampler (semantics §6: one number a step, then one for the whole state-free tail).</summary>
    internal static IRunSampler NoisyOracle(IManifold manifold, NoisyOracleModel oracle) =>
        new NoisyOracleRunSampler(
            manifold, oracle, manifold is AutomatonManifold automaton ? StateFreeTail.Of(automaton, oracle) : null);

    /// <summary>
    /// Runs the lane exactly as the debugger does, step by step, until every position is written or the
    /// lane ends its generation. The
    /// result is the lane time of the first step that left the manifold.
    /// </summary>
    private sealed class SteppingRunSampler(IGenerator generator) : IRunSampler
    {
        public int FirstOffStep(ref SeededRandom random)
        {
            var length = generator.Context.Length;
            var state = generator.Start(random);
            var prefix = new List<int>(length);
            for (var t = 1; prefix.Count < length; t++)
            {
                var outcome = generator.Step(state, prefix);
                if (!outcome.Next.IsOnManifold)
                {
                    return t;
                }

                // A lane that ended its generation (end-of-text) stays on the manifold for good.
                if (generator.Context.Manifold.IsEnded(outcome.Next.Manifold))
                {
                    return length + 1;
                }

                foreach (var write in outcome.Writes)
                {
                    prefix.Add(write.Token);
                }

                state = outcome.Next;
            }

            return length + 1;
        }
    }

    /// <summary>A real-model lane stepped like the debugger does, on a decoder of its own (never the session's KV cache).</summary>
    private sealed class DecoderRunSampler(IDecoderLane lane) : IRunSampler
    {
        public int FirstOffStep(ref SeededRandom random)
        {
            var decoder = lane.Decoders.Rent();
            try
            {
                var state = lane.Start(random);
                var prefix = new List<int>(lane.Context.Length);
                for (var t = 1; prefix.Count < lane.Context.Length; t++)
                {
                    var outcome = lane.Step(state, prefix, null, decoder);
                    if (!outcome.Next.IsOnManifold)
                    {
                        return t;
                    }

                    prefix.AddRange(outcome.Writes.Select(w => w.Token));
                    state = outcome.Next;
                }

                return lane.Context.Length + 1;
            }
            finally
            {
                lane.Decoders.Return(decoder);
            }
        }
    }

    /// <summary>
    /// A noisy oracle with constant ε: one uniform number per step decides "off" (below the state's
    /// off probability) or picks the valid move by its alias table. The same distribution as the lane,
    /// drawn with fewer operations. On an automaton, a run that reaches its <see cref="StateFreeTail"/>
    /// draws one number for the whole tail and reads the step at which it leaves from the tail's
    /// survival (geometric where the off probability is constant): one draw per run instead of one per step.
    /// </summary>
    private sealed class NoisyOracleRunSampler(IManifold manifold, NoisyOracleModel oracle, StateFreeTail? tail) : IRunSampler
    {
        public int FirstOffStep(ref SeededRandom random) => manifold is AutomatonManifold automaton
            ? Run(new AutomatonSteps(automaton), tail?.From ?? manifold.Length + 1, ref random)
            : Run(new AnySteps(manifold), manifold.Length + 1, ref random);

        /// <summary>The loop, compiled once per kind of manifold (a struct type argument) so its calls are direct.</summary>
        private int Run<TSteps>(TSteps steps, int tailFrom, ref SeededRandom random)
            where TSteps : struct, IStepSource
        {
            // A local copy of the generator can live in registers; it is written back at the end.
            var rng = random;
            var state = manifold.StartState;
            var length = manifold.Length;
            MoveSet? lastMoves = null;
            OracleStepTable table = null!;
            int lastState = ManifoldState.Off, lastClass = int.MinValue;
            var result = length + 1;
            var t = 1;
            for (; t < tailFrom; t++)
            {
                // Same state, same kind of step: same moves, so the table is still right.
                var stepClass = steps.StepClass(t);
                if (state != lastState || stepClass != lastClass)
                {
                    lastState = state;
                    lastClass = stepClass;
                    var moves = steps.Moves(state, t);
                    if (!ReferenceEquals(moves, lastMoves))
                    {
                        lastMoves = moves;
                        table = oracle.StepTable(moves);
                    }
                }

                var u = rng.NextDouble();
                if (u < table.OffProbability)
                {
                    result = t;
                    break;
                }

                state = table.NextStates[table.Valid.Sample((u - table.OffProbability) * table.StayScale)];
            }

            if (result > length && t <= length)
            {
                // The state-free tail: one number for all its steps (t == tail.From here).
                result = tail!.FirstOff(rng.NextDouble());
            }

            random = rng;
            return result;
        }
    }

    private interface IStepSource
    {
        int StepClass(int t);

        MoveSet Moves(int state, int t);
    }

    private readonly struct AutomatonSteps(AutomatonManifold manifold) : IStepSource
    {
        public int StepClass(int t) => manifold.StepClass(t);

        public MoveSet Moves(int state, int t) => manifold.Moves(state, t);
    }

    private readonly struct AnySteps(IManifold manifold) : IStepSource
    {
        public int StepClass(int t) => manifold.StepClass(t);

        public MoveSet Moves(int state, int t) => manifold.Moves(state, t);
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
                var (token, _) = generator.Draw(model.Next(state, context, t), state, t, ref random);
                state = manifold.Advance(state, t, token);
                if (state == Manifolds.ManifoldState.Off)
                {
                    return t;
                }

                if (manifold.IsEnded(state))
                {
                    return manifold.Length + 1;
                }

                context = model.Advance(context, token);
            }

            return manifold.Length + 1;
        }
    }
}
