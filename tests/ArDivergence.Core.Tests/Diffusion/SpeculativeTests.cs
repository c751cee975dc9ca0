using ArDivergence.Core.Compute;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Generators.Speculative;
using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Randomness;
using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tests.Support;
using MathNet.Numerics.Distributions;

namespace ArDivergence.Core.Tests.Diffusion;

/// <summary>Speculative lanes (semantics §12): the target's distribution exactly, at a different compute.</summary>
public class SpeculativeTests
{
    private static ScenarioSpec TwoStates() => DiffusionSpecs.TwoStates(
        3,
        TestSpecs.Oracle("draft", 0.4, NoiseMode.Uniform),
        new AutoregressiveGeneratorSpec("target", new NgramModelSpec(2, 30, 0.3), new ComputeSpec()),
        new SpeculativeGeneratorSpec("spec", "draft", "target", 2));

    [Fact]
    public void Committed_sequences_follow_the_target_distribution()
    {
        const int Runs = 20_000;
        var scenario = ScenarioCompiler.Compile(TwoStates());
        var lane = scenario.Generator("spec");
        var target = (ISequenceScorer)scenario.Generator("target");
        var counts = new Dictionary<string, int>();
        for (var run = 0; run < Runs; run++)
        {
            var key = string.Join(' ', Sample(lane, StreamKeys.ForRun(17, "spec", run)));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var g = 0.0;
        var cells = 0;
        foreach (var sequence in Enumeration.AllSequences(scenario.Vocabulary.Count, scenario.Length))
        {
            var expected = target.SequenceProbability(sequence) * Runs;
            var observed = counts.GetValueOrDefault(string.Join(' ', sequence));
            cells++;
            if (observed > 0)
            {
                g += 2 * observed * Math.Log(observed / expected);
            }
        }

        var p = 1 - ChiSquared.CDF(cells - 1, g);
        Assert.True(p > 1e-6, $"G = {g:F1} on {cells - 1} degrees of freedom, p = {p:G3}");
    }

    [Fact]
    public void Off_manifold_and_token_errors_are_the_targets_exactly()
    {
        var spec = TwoStates();
        var scenario = ScenarioCompiler.Compile(spec);
        var lane = new ExactOffManifold(scenario.Generator("spec"));
        var target = new ExactOffManifold(scenario.Generator("target"));
        for (var t = 0; t <= scenario.Length; t++)
        {
            Assert.Equal(target.At(t), lane.At(t));
        }

        // Along the lane's own path, the token error is the target model's error at that prefix.
        var model = ((AutoregressiveGenerator)scenario.Generator("target")).Model;
        var manifold = scenario.Manifold;
        var (state, context) = (manifold.StartState, model.InitialContext);
        foreach (var step in Lanes.RunToEnd(spec, "spec"))
        {
            var moves = manifold.Moves(state, step.T);
            Assert.Equal(model.Next(state, context, step.T).MassOutside(moves.Tokens), step.TokenError!.Value, 1e-15);
            (state, context) = (manifold.Advance(state, step.T, step.Token), model.Advance(context, step.Token));
        }
    }

    /// <summary>
    /// One state looping on {a, b} (P* ½ each) with a never-valid x: the target is the oracle, p = (½, ½, 0); the
    /// draft is the oracle with uniform noise 0.3, q = (0.45, 0.45, 0.1). α = Σ min(p, q) = 0.9 at every step.
    /// </summary>
    [Fact]
    public void Acceptance_is_the_overlap_of_target_and_draft()
    {
        var spec = Loop(6, gamma: 2);
        var steps = Lanes.RunToEnd(spec, "spec");
        Assert.All(steps, s => Assert.Equal(0.9, s.Extras!.Acceptance!.Value, 1e-12));
        Assert.True(steps[0].Extras!.RoundStart);
        Assert.Equal(1, steps[0].Extras!.Round);

        // Rounds are numbered from 1, each opened by one step, and a round commits at most γ + 1 tokens.
        var rounds = steps.GroupBy(s => s.Extras!.Round!.Value).ToArray();
        Assert.Equal(Enumerable.Range(1, rounds.Length), rounds.Select(r => r.Key));
        Assert.All(rounds, r => Assert.True(r.First().Extras!.RoundStart && r.Skip(1).All(s => !s.Extras!.RoundStart)));
        Assert.All(rounds, r => Assert.InRange(r.Count(), 1, 3));
    }

    /// <summary>
    /// With constant α the accepted drafts of a round are geometric, so a round of γ drafts yields
    /// (1 − α^{γ+1})/(1 − α) tokens on average: 0.9, γ = 3 → 3.439. The mean over many full rounds must fall
    /// within its 95% normal interval.
    /// </summary>
    [Fact]
    public void Tokens_per_target_pass_match_the_closed_form()
    {
        const int Gamma = 3;
        var scenario = ScenarioCompiler.Compile(Loop(40, Gamma));
        var lane = scenario.Generator("spec");
        var perRound = new List<int>();
        for (var run = 0; run < 400; run++)
        {
            var state = lane.Start(StreamKeys.ForRun(23, "spec", run));
            var tokens = new List<int>();
            var counts = new Dictionary<int, (int Tokens, int Drafted)>();
            while (tokens.Count < scenario.Length)
            {
                var outcome = lane.Step(state, tokens);
                var extras = outcome.Extras!;
                var known = counts.GetValueOrDefault(extras.Round!.Value, (Tokens: 0, Drafted: extras.Drafted!.Value));
                counts[extras.Round.Value] = (known.Tokens + 1, known.Drafted);
                tokens.Add(outcome.Token);
                state = outcome.Next;
            }

            perRound.AddRange(counts.Values.Where(c => c.Drafted == Gamma).Select(c => c.Tokens));
        }

        var expected = (1 - Math.Pow(0.9, Gamma + 1)) / (1 - 0.9);
        var mean = perRound.Average();
        var sd = Math.Sqrt(perRound.Sum(x => (x - mean) * (x - mean)) / (perRound.Count - 1));
        var half = 1.96 * sd / Math.Sqrt(perRound.Count);
        Assert.InRange(expected, mean - half, mean + half);
    }

    /// <summary>
    /// Hand-worked costs with layers = 1, d_model = 64 (N = 2·64·(128 + 256) = 49,152; f(p) = 98,304 + 128(p + 1)).
    /// Round 1, empty prompt (n = P' = 1), γ = 2, no draft accepted: the draft processes positions 0 and 1 (drafting x0
    /// then x1) reusing f(0) for its second draft; the target's pass covers positions 0..2; the drafts x0, x1 sit at
    /// positions 1 and 2, so target work f(1) + f(2) and draft work f(1) are discarded. Round 2 (n = 2, γ = 1, accepted):
    /// the target passes over positions 1..2 again (recomputed: they held the rejected drafts) and reuses f(0).
    /// </summary>
    [Fact]
    public void A_rounds_compute_splits_into_draft_and_target_and_counts_rejected_drafts_as_discarded()
    {
        static double F(long p) => (2 * 49_152.0) + (128.0 * (p + 1));
        var config = ComputeConfig.From(new ComputeSpec { Layers = 1, DModel = 64 });
        ComputeLedger draft = default, target = default;
        var first = SpeculativeCost.Charge(ref draft, ref target, config, config, n: 1, drafted: 2, accepted: 0);
        Assert.Equal(F(0) + F(1), first.Draft.Computed);
        Assert.Equal(F(0), first.Draft.Reused);
        Assert.Equal(F(0) + F(1) + F(2), first.Target.Computed);
        Assert.Equal(F(1) + F(2), first.TargetDiscarded);
        Assert.Equal(F(1), first.DraftDiscarded);
        Assert.Equal(F(1), first.Draft.Discarded);
        Assert.Equal(F(1) + F(2), first.Target.Discarded);
        Assert.Equal(1 * config.KvBytesPerPosition, first.Target.KvCacheBytes);

        var second = SpeculativeCost.Charge(ref draft, ref target, config, config, n: 2, drafted: 1, accepted: 1);
        Assert.Equal(F(1) + F(2), second.Target.Computed);
        Assert.Equal(F(1) + F(2), second.Target.Recomputed);
        Assert.Equal(F(0), second.Target.Reused);
        Assert.Equal(0, second.TargetDiscarded);
        Assert.Equal(F(1), second.Draft.Computed);
        Assert.Equal(F(1), second.Draft.Recomputed);
    }

    private static ScenarioSpec Loop(int length, int gamma) => TestSpecs.Loop(
        length,
        ["a", "b"],
        ["x"],
        TestSpecs.Oracle("target", 0),
        TestSpecs.Oracle("draft", 0.3, NoiseMode.Uniform),
        new SpeculativeGeneratorSpec("spec", "draft", "target", gamma));

    private static int[] Sample(IGenerator generator, SeededRandom random)
    {
        var state = generator.Start(random);
        var tokens = new List<int>();
        while (tokens.Count < generator.Context.Length)
        {
            var outcome = generator.Step(state, tokens);
            tokens.Add(outcome.Token);
            state = outcome.Next;
        }

        return [.. tokens];
    }
}
