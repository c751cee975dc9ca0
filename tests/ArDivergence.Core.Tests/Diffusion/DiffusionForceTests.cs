using ArDivergence.Core.Debugging;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Generators.Diffusion;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Tests.Support;

namespace ArDivergence.Core.Tests.Diffusion;

/// <summary>Force on a masked-diffusion lane: a masked position of the current block is committed in the next step, conditioning its draws.</summary>
public class DiffusionForceTests
{
    [Fact]
    public void Forcing_a_masked_position_commits_that_token_there_in_the_next_step_and_the_lane_fills_the_rest()
    {
        var session = new DebuggerSession(DiffusionSpecs.TwoStates(3, DiffusionSpecs.Diffusion("d", 0, steps: 3)));
        var committed = session.Execute(new StepCommand()).Lane("d").Steps[0].Writes.Single().Position;
        var masked = Enumerable.Range(1, 3).First(p => p != committed);
        var b = Id(session, "b");

        var forced = session.Execute(new ForceTokenCommand("d", masked, "b")).Lane("d");
        Assert.Equal(2, forced.T);
        Assert.True(forced.Steps[1].Forced);
        Assert.Equal(new TokenWrite(masked, b), Assert.Single(forced.Steps[1].Writes)); // k = 1: the forced write is the step's commit
        Assert.True(forced.IsBranchedAt(masked));
        Assert.False(forced.IsBranchedAt(committed));

        var done = session.Execute(new ContinueCommand()).Lane("d");
        Assert.Equal(3, done.T);
        Assert.Equal([1, 2, 3], done.Positions.Order());
        Assert.Equal(b, done.Tokens[done.Positions.ToList().IndexOf(masked)]);
        Assert.False(done.Steps[2].Forced);
    }

    [Fact]
    public void Forcing_a_committed_position_is_refused_because_diffusion_commits_are_final()
    {
        var session = new DebuggerSession(DiffusionSpecs.TwoStates(3, DiffusionSpecs.Diffusion("d", 0, steps: 3)));
        var committed = session.Execute(new StepCommand()).Lane("d").Steps[0].Writes.Single().Position;
        var refused = Assert.Throws<InvalidCommandException>(() => session.Execute(new ForceTokenCommand("d", committed, "a")));
        Assert.Equal($"position {committed} is already committed at step 1; diffusion commits are final", refused.Message);
        Assert.Equal(1, session.Snapshot.Lane("d").T);
    }

    /// <summary>
    /// L = 3 in one step (k = 3), a forced at position 2: positions 1 and 3 are drawn from μ(· | x₂ = a), computed
    /// here by brute force over every sequence, and not from μ(· | nothing), which differs.
    /// </summary>
    [Fact]
    public void The_other_positions_are_drawn_from_the_denoiser_conditioned_on_the_forced_token()
    {
        var spec = DiffusionSpecs.TwoStates(3, DiffusionSpecs.Diffusion("d", 0, steps: 1), TestSpecs.Oracle("truth", 0));
        var scenario = ScenarioCompiler.Compile(spec);
        var lane = (MaskedDiffusionGenerator)scenario.Generator("d");
        var truth = (ISequenceScorer)scenario.Generator("truth");
        Assert.True(scenario.Vocabulary.TryGetId("a", out var a));
        var forced = new TokenWrite(2, a);
        var conditioned = BruteMarginals(truth, 3, s => s[1] == a);
        var unconditioned = BruteMarginals(truth, 3, _ => true);
        Assert.True(Math.Abs(conditioned[0][a] - unconditioned[0][a]) > 0.05, "the case must tell conditioning apart");

        var law = lane.ForcedStepLaw(Canvas.Empty(3), 1, forced)!;
        Assert.Equal(1.0, law.Sum(e => e.Probability), 1e-12);
        foreach (var position in new[] { 1, 3 })
        {
            for (var v = 0; v < 3; v++)
            {
                var p = law.Where(e => e.Writes.Contains(new TokenWrite(position, v))).Sum(e => e.Probability);
                Assert.Equal(conditioned[position - 1][v], p, 1e-12);
            }
        }

        const int Runs = 20_000;
        var counts = new int[3, 3];
        for (var run = 0; run < Runs; run++)
        {
            var outcome = lane.StepForcing(lane.Start(StreamKeys.ForRun(3, "d", run)), [], forced);
            Assert.Equal([1, 2, 3], outcome.Writes.Select(w => w.Position));
            Assert.Equal(forced, outcome.Writes[1]);
            counts[0, outcome.Writes[0].Token]++;
            counts[2, outcome.Writes[2].Token]++;
        }

        foreach (var i in new[] { 0, 2 })
        {
            for (var v = 0; v < 3; v++)
            {
                var p = conditioned[i][v];
                var margin = (5 * Math.Sqrt(p * (1 - p) / Runs)) + 1e-12;
                Assert.InRange((double)counts[i, v] / Runs, p - margin, p + margin);
            }
        }
    }

    [Fact]
    public void A_position_outside_the_block_the_next_step_fills_is_refused()
    {
        var session = new DebuggerSession(DiffusionSpecs.TwoStates(4, DiffusionSpecs.Diffusion("d", 0, steps: 4, blockLength: 2)));
        var refused = Assert.Throws<InvalidCommandException>(() => session.Execute(new ForceTokenCommand("d", 3, "a")));
        Assert.Contains("not in the block the next step fills (1..2)", refused.Message, StringComparison.Ordinal);
    }

    private static int Id(DebuggerSession session, string token) =>
        session.Scenario.Vocabulary.TryGetId(token, out var id) ? id : throw new InvalidOperationException(token);

    /// <summary>P*(x_i = v | condition) by enumerating every sequence.</summary>
    private static double[][] BruteMarginals(ISequenceScorer truth, int length, Func<int[], bool> condition)
    {
        var weights = Enumerable.Range(0, length).Select(_ => new double[3]).ToArray();
        var total = 0.0;
        foreach (var sequence in Enumeration.AllSequences(3, length))
        {
            var s = sequence.ToArray();
            if (!condition(s))
            {
                continue;
            }

            var probability = truth.SequenceProbability(s);
            total += probability;
            for (var i = 0; i < length; i++)
            {
                weights[i][s[i]] += probability;
            }
        }

        return [.. weights.Select(w => w.Select(x => x / total).ToArray())];
    }
}
