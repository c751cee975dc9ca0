using System.Text;
using System.Text.RegularExpressions;
using ArDivergence.Core.Debugging;
using ArDivergence.Core.Generators;
using ArDivergence.Core.Metrics;
using ArDivergence.Core.Models;
using ArDivergence.Core.Scenarios;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tests.Support;

namespace ArDivergence.Core.Tests.Models;

/// <summary>
/// A gguf lane on a text manifold (semantics §8, §9) over an in-memory bigram model whose vocabulary has control
/// tokens, an EOS, raw byte tokens (the two bytes of "é"), a multi-byte token and tokens of several characters:
/// the lane's tokens are the model's, its token_error is Σ p over invalid tokens with p recomputed here from the raw
/// logits, its validity is brute force over token sequences, and it stops at EOS.
/// </summary>
public class TextModelLaneTests
{
    private const string ModelPath = "/models/text.gguf";
    private const string Pattern = "(é|1)2?-?1";
    private const int Eos = 1;

    private static readonly byte[][] Tokens =
    [
        "<s>"u8.ToArray(), "<eos>"u8.ToArray(), [0xC3], [0xA9], "é"u8.ToArray(), "1"u8.ToArray(), "2"u8.ToArray(), "12"u8.ToArray(), "-"u8.ToArray(), "x"u8.ToArray(),
    ];

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    [Theory]
    [InlineData(1.0, 0, 1.0, 0.0)]
    [InlineData(0.8, 6, 0.95, 0.02)]
    [InlineData(1.3, 0, 0.9, 0.0)]
    [InlineData(0.7, 4, 1.0, 0.1)]
    public void Token_error_is_the_sum_over_invalid_tokens_of_p_from_the_raw_logits(double temperature, int topK, double topP, double minP)
    {
        var settings = new SamplingSettings(temperature, topK, topP, minP);
        var reference = new Regex($"^(?:{Pattern})$", RegexOptions.ECMAScript);
        for (var seed = 1; seed <= 12; seed++)
        {
            var session = Session(4, Model(), seed, Gguf("real", settings));
            var lane = RunToEnd(session).Lane("real");
            var text = new List<byte>();
            var previous = 6; // the prompt "2": the first draw follows its token
            foreach (var step in lane.Steps)
            {
                Assert.True(step.TokenError is not null, $"seed {seed} t={step.T}");
                var p = ReferenceProbabilities(Logits(previous), settings);
                var expected = Enumerable.Range(0, Tokens.Length).Where(v => !IsValid(reference, [.. text], v, step.T, 4)).Sum(v => p[v]);
                Assert.True(Math.Abs(expected - step.TokenError!.Value) <= 1e-6, $"seed {seed} t={step.T}: expected {expected}, lane {step.TokenError}");
                if (!step.OnManifold)
                {
                    break;
                }

                text.AddRange(Tokens[step.Token]);
                previous = step.Token;
            }

            // The lane stops at EOS (semantics §8): its last step is EOS, or it ran to L.
            var eos = lane.Steps.ToList().FindIndex(s => s.Token == Eos);
            Assert.True(eos < 0 ? lane.Steps.Count == 4 : eos == lane.Steps.Count - 1 || !lane.Steps[eos].OnManifold, $"seed {seed}");
        }
    }

    [Fact]
    public void The_lane_validity_equals_brute_force_over_every_token_sequence()
    {
        const int length = 3;
        var scenario = ScenarioCompiler.Compile(Spec(length, 1, Gguf("real")), models: new FixedModelProvider(ModelPath, Model()));
        var lane = scenario.Generator("real");
        var manifold = lane.Context.Manifold;
        Assert.Equal(Tokens.Length, lane.Context.VocabularySize);
        var reference = new Regex($"^(?:{Pattern})$", RegexOptions.ECMAScript);
        var frontier = new List<(byte[] Text, int State)> { ([], manifold.StartState) };
        for (var t = 1; t <= length; t++)
        {
            var next = new List<(byte[] Text, int State)>();
            foreach (var (text, state) in frontier)
            {
                var moves = manifold.Moves(state, t);
                var expected = Enumerable.Range(0, Tokens.Length).Where(v => IsValid(reference, text, v, t, length)).ToArray();
                Assert.Equal(expected, moves.Tokens.ToArray());
                next.AddRange(moves.Tokens.Where(v => v != Eos).Select(v => ((byte[])[.. text, .. Tokens[v]], moves.Next(v))));
            }

            frontier = next;
        }
    }

    [Fact]
    public void Mpc_over_a_text_lane_decodes_rolls_back_and_reuses_on_the_worked_schedule()
    {
        // No EOS: the schedule does not depend on the draws. Prompt <s> "2" (2 positions), L = 5, commit 1, horizon 3.
        // t=1: decode (0,2), (2,1), (3,1).  t=2: roll back to 3, first draw from kept logits, decode (3,1), (4,1).
        // t=3: roll back to 4, decode (4,1), (5,1).  t=4: roll back to 5, plan of 2: decode (5,1).  t=5: plan of 1: none.
        var model = Model(eosLogit: float.NegativeInfinity);
        var session = new DebuggerSession(
            Spec(5, 1, Gguf("real"), new MpcGeneratorSpec("mpc", "real", 1, 3, true)),
            new SessionOptions { Models = new FixedModelProvider(ModelPath, model), Lanes = ["mpc"] });
        var snapshot = RunToEnd(session);
        var decoder = Assert.Single(model.Decoders);
        Assert.Equal([(0, 2), (2, 1), (3, 1), (3, 1), (4, 1), (4, 1), (5, 1), (5, 1)], decoder.Decodes);
        Assert.Equal([3, 4, 5], decoder.Rollbacks);
        var steps = snapshot.Lane("mpc").Steps;
        Assert.Equal(5, steps.Count);
        var config = ((LanguageModelMpcLane)session.Scenario.Generator("mpc")).Compute;

        // Step 2 computes positions 3 and 4 again (both were sent at t = 1 and rolled back) and discards position 4's.
        Assert.Equal(config.CausalRangeFlops(3, 5), steps[1].Compute.Computed, 1e-6 * steps[1].Compute.Computed);
        Assert.Equal(config.CausalRangeFlops(3, 4), steps[1].Compute.Recomputed, 1e-6 * steps[1].Compute.Computed);
        Assert.Equal(config.CausalRangeFlops(4, 5), steps[1].Compute.Discarded, 1e-6 * steps[1].Compute.Computed);
        Assert.Equal(0, steps[4].Compute.Computed);
    }

    [Fact]
    public void Mpc_select_valid_plans_with_the_text_manifold_and_leaves_it_less_often_than_its_inner_lane()
    {
        // One plan of the whole budget from six rollouts: off only when all six are off, so its off_manifold is about
        // the inner lane's to the sixth power. The intervals of 1000 runs each are far apart.
        var scenario = ScenarioCompiler.Compile(
            Spec(4, 3, Gguf("real"), new MpcGeneratorSpec("valid", "real", 4, 4, true) { Rollouts = 6, Select = RolloutSelection.Valid }),
            models: new FixedModelProvider(ModelPath, Model(favourOne: 2.5f)));
        var inner = MonteCarloEstimator.Run(scenario.Generator("real"), 3, 1000, maxThreads: 1).Interval(4);
        var valid = MonteCarloEstimator.Run(scenario.Generator("valid"), 3, 1000, maxThreads: 1).Interval(4);
        Assert.True(inner.Lower > 0.2, $"inner {inner}");
        Assert.True(valid.Upper < inner.Lower, $"valid {valid} inner {inner}");
        Assert.False(scenario.Generator("valid").Can(LaneCapabilities.FullDistribution));
    }

    [Fact]
    public void The_same_seed_gives_the_same_tokens_and_lanes_on_one_model_share_one_vocabulary()
    {
        var model = Model();
        var first = RunToEnd(Session(4, model, 5, Gguf("one"), Gguf("two"))).Lanes;
        var second = RunToEnd(Session(4, Model(), 5, Gguf("one"), Gguf("two"))).Lanes;
        Assert.Equal(first.Select(l => l.Tokens), second.Select(l => l.Tokens));
        var scenario = ScenarioCompiler.Compile(Spec(4, 5, Gguf("one"), Gguf("two")), models: new FixedModelProvider(ModelPath, model));
        Assert.Same(scenario.Generator("one").Context.TextTokens, scenario.Generator("two").Context.TextTokens);
        Assert.Same(scenario.Generator("one").Context.Manifold, scenario.Generator("two").Context.Manifold);
    }

    /// <summary>Logits after a token: a fixed pseudo-random table (some tokens far below the rest), &lt;s&gt; never.</summary>
    private static float[] Logits(int previous, float eosLogit = 0.5f, float favourOne = 0f)
    {
        var logits = new float[Tokens.Length];
        for (var v = 0; v < logits.Length; v++)
        {
            logits[v] = (float)(2.5 * Math.Sin((3.1 * previous) + (1.7 * v) + 0.4));
        }

        logits[0] = float.NegativeInfinity;
        logits[Eos] = previous == 0 ? float.NegativeInfinity : eosLogit + logits[Eos];
        logits[5] += favourOne;
        return logits;
    }

    private static BigramLanguageModel Model(float eosLogit = 0.5f, float favourOne = 0f) =>
        new(Tokens, 0, Eos, previous => Logits(previous, eosLogit, favourOne), [2, 3]);

    /// <summary>softmax(logits / T), then the k most likely (ties to the lower id), the smallest top set reaching top_p, min_p·max.</summary>
    private static double[] ReferenceProbabilities(float[] logits, SamplingSettings s)
    {
        var p = logits.Select(l => float.IsNegativeInfinity(l) ? 0.0 : Math.Exp(l / s.Temperature)).ToArray();
        Normalise(p);
        var order = Enumerable.Range(0, p.Length).OrderByDescending(i => p[i]).ThenBy(i => i).ToArray();
        if (s.TopK > 0)
        {
            foreach (var i in order.Skip(s.TopK))
            {
                p[i] = 0;
            }

            Normalise(p);
        }

        if (s.TopP < 1)
        {
            var kept = 0.0;
            foreach (var i in order)
            {
                if (kept >= s.TopP)
                {
                    p[i] = 0;
                }

                kept += p[i];
            }

            Normalise(p);
        }

        if (s.MinP > 0)
        {
            var max = p.Max();
            for (var i = 0; i < p.Length; i++)
            {
                p[i] = p[i] < s.MinP * max ? 0 : p[i];
            }

            Normalise(p);
        }

        return p;
    }

    private static void Normalise(double[] p)
    {
        var sum = p.Sum();
        for (var i = 0; i < p.Length; i++)
        {
            p[i] /= sum;
        }
    }

    /// <summary>§8 by brute force: EOS iff the text matches; a control token never; else some ≤ L − t more ordinary tokens complete a match.</summary>
    private static bool IsValid(Regex reference, byte[] text, int token, int t, int length) =>
        token == Eos ? Matches(reference, text) : token != 0 && CanComplete(reference, [.. text, .. Tokens[token]], length - t);

    private static bool CanComplete(Regex reference, byte[] text, int tokens) =>
        Matches(reference, text) || (tokens > 0 && Enumerable.Range(2, Tokens.Length - 2).Any(v => CanComplete(reference, [.. text, .. Tokens[v]], tokens - 1)));

    private static bool Matches(Regex reference, byte[] text)
    {
        try
        {
            return reference.IsMatch(StrictUtf8.GetString(text));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static AutoregressiveGeneratorSpec Gguf(string name, SamplingSettings? sampling = null)
    {
        var s = sampling ?? SamplingSettings.Default;
        return new AutoregressiveGeneratorSpec(name, new GgufModelSpec(ModelPath, s.Temperature, s.TopK, s.TopP, s.MinP, 1, 64), new ComputeSpec());
    }

    private static ScenarioSpec Spec(int length, long seed, params GeneratorSpec[] lanes) => new()
    {
        Name = "text-model",
        Seed = seed,
        Length = length,
        PromptText = "2",
        Manifold = new RegexManifoldSpec(Pattern, false),
        Generators = lanes,
    };

    private static DebuggerSession Session(int length, BigramLanguageModel model, long seed, params GeneratorSpec[] lanes) =>
        new(Spec(length, seed, lanes), new SessionOptions { Models = new FixedModelProvider(ModelPath, model) });

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
