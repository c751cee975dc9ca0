using ArDivergence.Core.Compute;
using ArDivergence.Core.Debugging;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Models;
using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tests.Support;

namespace ArDivergence.Core.Tests.Models;

/// <summary>
/// A gguf lane (semantics §9) over an in-memory bigram model: its token errors, its sampling, what it decodes and
/// what that costs by §5, and its Monte Carlo off_manifold. The real llama.cpp path is tested in the Tui tests.
/// </summary>
public class LanguageModelLaneTests
{
    private const string ModelPath = "/models/bigram.gguf";

    [Fact]
    public void A_noisy_oracle_model_has_token_error_0_01_at_every_step()
    {
        var session = Session(40, BigramLanguageModel.NoisyOracle(), Gguf("real"));
        var lane = RunToEnd(session).Lane("real");
        Assert.Equal(40, lane.Steps.Count);
        Assert.All(lane.Steps.Where(s => s.TokenError is not null), s => Assert.Equal(0.01, s.TokenError!.Value, 1e-6));
        Assert.Equal(0.01, lane.Steps[0].TokenError!.Value, 1e-6);
    }

    [Fact]
    public void Monte_Carlo_off_manifold_covers_the_closed_form_and_leaves_the_session_cache_alone()
    {
        var model = BigramLanguageModel.NoisyOracle();
        var scenario = Compile(30, model, Gguf("real"));
        var lane = (LanguageModelLane)scenario.Generator("real");
        Assert.False(lane.Can(LaneCapabilities.ExactProcess));
        var histogram = MonteCarloEstimator.Run(lane, scenario.Seed, 2000, maxThreads: 2);
        Assert.True(histogram.Interval(30).Contains(1 - Math.Pow(0.99, 30)), $"{histogram.Interval(30)} misses {1 - Math.Pow(0.99, 30)}");
        // Monte Carlo runs rent decoders of their own; the session's is made only when the session steps.
        Assert.InRange(model.Decoders.Count, 1, 2);
    }

    [Fact]
    public void Step_t_decodes_one_new_position_and_is_charged_by_section_5()
    {
        var model = BigramLanguageModel.NoisyOracle();
        var session = Session(12, model, Gguf("real"));
        var lane = RunToEnd(session).Lane("real");
        var config = ((LanguageModelLane)session.Scenario.Generator("real")).Compute;
        Assert.Equal(65_536, config.Parameters);
        Assert.Equal(512, config.KvBytesPerPosition);
        var decodes = Assert.Single(model.Decoders).Decodes;

        // The prompt is the model's <s> (position 0); step t sends position t − 1, the token drawn at t − 1.
        Assert.Equal(Enumerable.Range(0, 12).Select(p => (p, 1)), decodes);
        for (var t = 1; t <= 12; t++)
        {
            var compute = lane.Steps[t - 1].Compute;
            long p = t - 1;
            Assert.Equal((2.0 * 65_536) + (2.0 * 2 * (p + 1) * 64), compute.Computed);
            Assert.Equal(0, compute.Recomputed);
            Assert.Equal(config.CausalRangeFlops(0, p), compute.Reused);
            Assert.Equal((p + 1) * 512, compute.KvCacheBytes);
        }
    }

    [Fact]
    public void Stepping_back_rolls_the_cache_back_and_reuses_the_logits_it_remembers()
    {
        var model = BigramLanguageModel.NoisyOracle();
        var session = Session(6, model, Gguf("real"));
        for (var i = 0; i < 4; i++)
        {
            session.Execute(new StepCommand());
        }

        var before = session.Snapshot.Lane("real").Steps[2];
        session.Execute(new StepBackCommand());
        session.Execute(new StepBackCommand());
        var again = session.Execute(new StepCommand()).Lane("real").Last!;

        // Step 3 draws after <s> and two tokens: the cache held four positions, so it is rolled back to three, and the
        // logits after those three were kept when they were decoded: nothing is decoded again.
        var decoder = Assert.Single(model.Decoders);
        Assert.Equal(4, decoder.Decodes.Count);
        Assert.Equal([3], decoder.Rollbacks);
        Assert.Equal(3, again.T);
        Assert.Equal(0, again.Compute.Computed);
        Assert.Equal(before.Token, again.Token);
        Assert.Equal(before.TokenError, again.TokenError);
    }

    [Fact]
    public void Mpc_with_a_prefix_cache_decodes_only_plan_positions_and_rolls_back_to_the_committed_prefix()
    {
        var model = BigramLanguageModel.NoisyOracle();
        var session = Session(10, model, Gguf("real"), new MpcGeneratorSpec("mpc", "real", 1, 4, true), lanes: ["mpc"]);
        var lane = RunToEnd(session).Lane("mpc");
        var decoder = Assert.Single(model.Decoders);

        // A plan of h tokens from n committed positions samples its first token from the logits it has and decodes
        // h − 1 more: 4 + 3·6 + 2 + 1 + 0 decodes for L = 10, horizon 4 (the first plan also decodes <s>).
        Assert.All(decoder.Decodes, d => Assert.Equal(1, d.Count));
        Assert.Equal(25, decoder.Decodes.Count);

        // Each plan after the first rolls the cache back to the committed prefix: <s> and t − 1 tokens.
        Assert.Equal(Enumerable.Range(2, 7).Select(t => t), decoder.Rollbacks.Take(7));
        var config = ((LanguageModelMpcLane)session.Scenario.Generator("mpc")).Compute;
        for (var t = 2; t <= 7; t++)
        {
            var compute = lane.Steps[t - 1].Compute;
            var committed = t;
            Assert.Equal(config.CausalRangeFlops(committed, committed + 3), compute.Computed, 1e-6 * compute.Computed);
            Assert.Equal(config.CausalRangeFlops(committed, committed + 2), compute.Recomputed, 1e-6 * compute.Computed);

            // Plan tokens 2 and 3 were decoded and never committed (semantics §12); token 1's decode is kept.
            Assert.Equal(config.CausalRangeFlops(committed + 1, committed + 3), compute.Discarded, 1e-6 * compute.Computed);
            Assert.Equal(
                config.CausalRangeFlops(0, committed) + config.CausalRangeFlops(0, committed + 1) + config.CausalRangeFlops(0, committed + 2),
                compute.Reused,
                1e-6 * compute.Reused);
        }
    }

    [Fact]
    public void Mpc_with_select_sample_has_the_inner_token_error_and_other_selections_have_none()
    {
        var model = BigramLanguageModel.NoisyOracle(0.2);
        var session = Session(
            8,
            model,
            Gguf("real"),
            new MpcGeneratorSpec("sample", "real", 1, 3, true) { Rollouts = 2 },
            new MpcGeneratorSpec("valid", "real", 1, 3, true) { Rollouts = 3, Select = RolloutSelection.Valid });
        var snapshot = RunToEnd(session);
        Assert.Equal(0.2, snapshot.Lane("sample").Steps[0].TokenError!.Value, 1e-6);
        Assert.All(snapshot.Lane("valid").Steps, s => Assert.Null(s.TokenError));
        Assert.False(session.Scenario.Generator("valid").Can(LaneCapabilities.FullDistribution));
    }

    [Fact]
    public void The_same_seed_gives_the_same_tokens()
    {
        var first = RunToEnd(Session(30, BigramLanguageModel.NoisyOracle(0.3), Gguf("real"))).Lane("real").Tokens;
        var second = RunToEnd(Session(30, BigramLanguageModel.NoisyOracle(0.3), Gguf("real"))).Lane("real").Tokens;
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_token_of_V_the_model_lacks_is_an_error_naming_the_file_and_the_token()
    {
        var model = new BigramLanguageModel(["a", "b", "<s>"], 2, 2, _ => [0, 0, 0]);
        var error = Assert.Throws<ModelLoadException>(() => Compile(5, model, Gguf("real")));
        Assert.Equal($"{ModelPath}: the model has no token 'c', 'x'; on a token manifold every token of the vocabulary must be a token of the model, matched by its text", error.Message);
    }

    [Fact]
    public void A_context_too_small_for_the_prompt_and_length_is_an_error()
    {
        var error = Assert.Throws<ModelLoadException>(() => Compile(40, BigramLanguageModel.NoisyOracle(), Gguf("real", context: 40)));
        Assert.Contains($"{ModelPath}: context 40 is too small for lane 'real'", error.Message, StringComparison.Ordinal);
        Assert.Contains("at least 41", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_model_provider_a_gguf_lane_fails_to_build_with_a_message()
    {
        var spec = TestSpecs.Loop(5, ["a", "b", "c"], ["x"], Gguf("real"));
        var error = Assert.Throws<ModelLoadException>(() => ScenarioCompiler.Compile(spec));
        Assert.StartsWith(ModelPath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lanes_naming_the_same_file_open_it_through_the_provider_and_keep_caches_of_their_own()
    {
        var model = BigramLanguageModel.NoisyOracle();
        var provider = new FixedModelProvider(ModelPath, model);
        var spec = TestSpecs.Loop(5, ["a", "b", "c"], ["x"], Gguf("one"), Gguf("two"));
        var session = new DebuggerSession(spec, new SessionOptions { Models = provider });
        RunToEnd(session);
        Assert.Equal(2, model.Decoders.Count);
        Assert.All(model.Decoders, d => Assert.Equal(5, d.Decodes.Count));
    }

    internal static AutoregressiveGeneratorSpec Gguf(string name, SamplingSettings? sampling = null, int context = 4096)
    {
        var s = sampling ?? SamplingSettings.Default;
        return new AutoregressiveGeneratorSpec(name, new GgufModelSpec(ModelPath, s.Temperature, s.TopK, s.TopP, s.MinP, 1, context), new ComputeSpec());
    }

    internal static CompiledScenario Compile(int length, ILanguageModel model, params GeneratorSpec[] lanes) =>
        ScenarioCompiler.Compile(TestSpecs.Loop(length, ["a", "b", "c"], ["x"], lanes), models: new FixedModelProvider(ModelPath, model));

    internal static DebuggerSession Session(int length, ILanguageModel model, params GeneratorSpec[] lanes) =>
        Session(length, model, lanes, null);

    private static DebuggerSession Session(int length, ILanguageModel model, GeneratorSpec inner, MpcGeneratorSpec mpc, string[] lanes) =>
        Session(length, model, [inner, mpc], lanes);

    private static DebuggerSession Session(int length, ILanguageModel model, GeneratorSpec[] specs, string[]? lanes) =>
        new(TestSpecs.Loop(length, ["a", "b", "c"], ["x"], specs), new SessionOptions { Models = new FixedModelProvider(ModelPath, model), Lanes = lanes });

    private static SessionSnapshot RunToEnd(DebuggerSession session)
    {
        var snapshot = session.Snapshot;
        while (!snapshot.Finished)
        {
            snapshot = session.Execute(new StepCommand());
        }

        return snapshot;
    }
}
