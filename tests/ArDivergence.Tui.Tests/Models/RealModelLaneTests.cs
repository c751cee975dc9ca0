using ArDivergence.Core.Generators;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Models;
using ArDivergence.Core.Specs;
using ArDivergence.Gguf.Format;
using ArDivergence.Gguf.Models;
using ArDivergence.Tui.Cli;

namespace ArDivergence.Tui.Tests.Models;

/// <summary>
/// Real llama.cpp lanes (semantics §9) on a self-made GGUF: the planted model of lecun-iid's noisy oracle must
/// give its twin's numbers, charge compute by §5 from the file's metadata, and repeat itself.
/// </summary>
public class RealModelLaneTests
{
    [Fact]
    public void The_planted_lane_and_mpc_over_it_have_the_twins_token_error_at_every_step()
    {
        using var scenario = new PlantedScenario();
        var snapshot = PlantedScenario.RunToEnd(scenario.Session());
        var twin = snapshot.Lane("invalid");
        foreach (var name in new[] { "real", "mpc" })
        {
            var lane = snapshot.Lane(name);
            Assert.Equal(30, lane.Steps.Count);
            Assert.All(lane.Steps.Where(s => s.TokenError is not null), s => Assert.Equal(0.01, s.TokenError!.Value, 1e-6));
            Assert.Equal(twin.Steps[0].TokenError!.Value, lane.Steps[0].TokenError!.Value, 1e-6);
            Assert.All(lane.Steps, s => Assert.True(s.DecodeMilliseconds is >= 0));
        }

        Assert.All(twin.Steps, s => Assert.Null(s.DecodeMilliseconds));
    }

    [Fact]
    public void Monte_Carlo_off_manifold_of_the_planted_lane_covers_the_closed_form()
    {
        using var scenario = new PlantedScenario();
        var session = scenario.Session();
        var lane = session.Scenario.Generator("real");
        Assert.False(lane.Can(LaneCapabilities.ExactProcess));
        var histogram = MonteCarloEstimator.Run(lane, session.Scenario.Seed, 400, maxThreads: 2);
        var exact = 1 - Math.Pow(0.99, 30);
        Assert.True(histogram.Interval(30).Contains(exact), $"{histogram.Interval(30)} misses {exact}");
    }

    [Fact]
    public void Compute_follows_section_5_from_the_files_metadata_one_new_position_per_step()
    {
        using var scenario = new PlantedScenario();
        var spec = scenario.Spec();
        var session = scenario.Session(spec);
        var snapshot = PlantedScenario.RunToEnd(session);
        var path = ((GgufModelSpec)((AutoregressiveGeneratorSpec)spec.Generators[1]).Model).Path;
        var info = GgufModelInfo.From(GgufReader.ReadFile(path));
        double layers = info.BlockCount!.Value, d = info.EmbeddingLength!.Value, ff = info.FeedForwardLength!.Value;
        var parameters = 2 * layers * d * ((2 * d) + ff);
        var kvPerPosition = 2L * (long)layers * (long)info.HeadCountKv!.Value * (long)(d / info.HeadCount!.Value) * 4;
        var lane = snapshot.Lane("real");
        for (var t = 1; t <= lane.Steps.Count; t++)
        {
            // <s> is position 0; step t sends position t − 1 and attends to the t − 1 cached before it.
            var compute = lane.Steps[t - 1].Compute;
            long p = t - 1;
            Assert.Equal((2 * parameters) + (2 * layers * (p + 1) * d), compute.Computed, 1e-9 * compute.Computed);
            Assert.Equal(Enumerable.Range(0, t - 1).Sum(q => (2 * parameters) + (2 * layers * (q + 1) * d)), compute.Reused, 1e-9 * (compute.Reused + 1));
            Assert.Equal(0, compute.Recomputed);
            Assert.Equal(t * kvPerPosition, compute.KvCacheBytes);
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_tokens_across_runs_and_across_1_and_2_threads()
    {
        using var scenario = new PlantedScenario(extraTokens: "[x]", realModel: "{kind: gguf, path: \"planted:invalid\", temperature: 3}");
        var spec = scenario.Spec();
        var twoThreads = spec with
        {
            Generators = [.. spec.Generators.Select(g => g is AutoregressiveGeneratorSpec { Model: GgufModelSpec m } ar ? ar with { Model = m with { Threads = 2 } } : g)],
        };
        var first = PlantedScenario.RunToEnd(scenario.Session(spec));
        var second = PlantedScenario.RunToEnd(scenario.Session(spec));
        var threads = PlantedScenario.RunToEnd(scenario.Session(twoThreads));
        foreach (var name in new[] { "real", "mpc" })
        {
            Assert.Equal(first.Lane(name).Tokens, second.Lane(name).Tokens);
            Assert.Equal(first.Lane(name).Tokens, threads.Lane(name).Tokens);
            Assert.Equal(
                first.Lane(name).Steps.Select(s => s.TokenError ?? -1),
                threads.Lane(name).Steps.Select(s => s.TokenError ?? -1),
                new ToleranceComparer(1e-4));
        }
    }

    [Fact]
    public void Token_error_is_the_invalid_mass_of_the_raw_logits_after_temperature_top_p_and_min_p()
    {
        using var scenario = new PlantedScenario(realModel: "{kind: gguf, path: \"planted:invalid\", temperature: 2.5, top_p: 0.999, min_p: 0.001}");
        var spec = scenario.Spec();
        var step = scenario.Session(spec).Execute(new Core.Debugging.StepCommand()).Lane("real").Last!;

        var path = ((GgufModelSpec)((AutoregressiveGeneratorSpec)spec.Generators[1]).Model).Path;
        var model = ModelFiles.Provider.Open(path);
        using var decoder = model.CreateDecoder(64, 1);
        var logits = new float[model.VocabularySize];
        decoder.Decode([model.BeginningOfSequence!.Value], logits);
        var p = Reference(logits, 2.5, 0.999, 0.001);
        var valid = new[] { " a", " b", " c" };
        var invalid = Enumerable.Range(0, model.VocabularySize)
            .Where(id => !valid.Contains(System.Text.Encoding.UTF8.GetString(model.TokenBytes(id).Span)))
            .Sum(id => p[id]);
        Assert.Equal(invalid, step.TokenError!.Value, 1e-6);
        Assert.InRange(invalid, 0.005, 0.5);
    }

    /// <summary>softmax(logits / T), then top_p, then min_p, each renormalising: the definition, over the full vocabulary.</summary>
    private static double[] Reference(float[] logits, double temperature, double topP, double minP)
    {
        var max = logits.Max();
        var p = logits.Select(l => Math.Exp((l - max) / temperature)).ToArray();
        p = [.. p.Select(q => q / p.Sum())];
        var order = Enumerable.Range(0, p.Length).OrderByDescending(i => p[i]).ThenBy(i => i).ToArray();
        var kept = new bool[p.Length];
        var mass = 0.0;
        foreach (var i in order)
        {
            if (mass >= topP)
            {
                break;
            }

            kept[i] = true;
            mass += p[i];
        }

        p = [.. p.Select((q, i) => kept[i] ? q : 0)];
        p = [.. p.Select(q => q / p.Sum())];
        var floor = minP * p.Max();
        p = [.. p.Select(q => q >= floor ? q : 0)];
        return [.. p.Select(q => q / p.Sum())];
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
