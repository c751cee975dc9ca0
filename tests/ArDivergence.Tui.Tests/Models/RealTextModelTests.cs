using System.Text;
using System.Text.Json;
using ArDivergence.Core.Models;
using ArDivergence.Core.Specs;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Tests.Verbs;

namespace ArDivergence.Tui.Tests.Models;

/// <summary>
/// A real llama.cpp lane on a text manifold (semantics §8, §9), running the planted text model (byte tokens, EOS,
/// a two-byte letter spelled by two byte tokens): its token_error is Σ p over the invalid tokens with p from the raw
/// logits (softmax at temperature 1.5, recomputed here) and validity by brute force; it repeats itself across runs and
/// thread counts; a recorded session replays.
/// </summary>
public class RealTextModelTests
{
    [Fact]
    public void Token_error_is_the_sum_over_invalid_tokens_of_p_from_the_raw_logits()
    {
        using var scenario = new TextScenario(length: 3);
        var spec = scenario.Spec();
        for (var seed = 1; seed <= 4; seed++)
        {
            var session = scenario.Session(spec with { Seed = seed });
            var lane = (LanguageModelLane)session.Scenario.Generator("real");
            var model = lane.Setup.Model;
            var steps = PlantedScenario.RunToEnd(session).Lane("real").Steps;
            using var decoder = model.CreateDecoder(64, 1);
            var logits = new float[model.VocabularySize];
            var generated = new List<int>();
            foreach (var step in steps.TakeWhile(s => s.TokenError is not null))
            {
                decoder.RemoveFrom(0);
                decoder.Decode([.. lane.Setup.PromptTokens, .. generated], logits);
                var max = logits.Max();
                var weights = logits.Select(l => Math.Exp((l - max) / 1.5)).ToArray();
                var total = weights.Sum();
                var text = generated.SelectMany(g => model.TokenBytes(g).ToArray()).ToArray();
                var expected = Enumerable.Range(0, model.VocabularySize)
                    .Where(v => !IsValid(model, text, v, step.T, 3))
                    .Sum(v => weights[v] / total);
                Assert.True(Math.Abs(expected - step.TokenError!.Value) <= 1e-6, $"seed {seed} t={step.T}: {expected} vs {step.TokenError}");
                generated.Add(step.Token);
            }
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_tokens_across_runs_and_across_1_and_2_threads()
    {
        using var scenario = new TextScenario(length: 4);
        var spec = scenario.Spec();
        var first = PlantedScenario.RunToEnd(scenario.Session(spec));
        var again = PlantedScenario.RunToEnd(scenario.Session(spec));
        var twoThreads = spec with
        {
            Generators = [.. spec.Generators.Select(g => g is AutoregressiveGeneratorSpec { Model: GgufModelSpec m } ar ? ar with { Model = m with { Threads = 2 } } : g)],
        };
        var threads = PlantedScenario.RunToEnd(scenario.Session(twoThreads));
        foreach (var name in new[] { "real", "mpc" })
        {
            Assert.Equal(first.Lane(name).Tokens, again.Lane(name).Tokens);
            Assert.Equal(first.Lane(name).Tokens, threads.Lane(name).Tokens);
            Assert.Equal(
                first.Lane(name).Steps.Select(s => s.TokenError ?? -1),
                threads.Lane(name).Steps.Select(s => s.TokenError ?? -1),
                new ToleranceComparer(1e-6));
        }
    }

    [Fact]
    public void A_recorded_session_on_a_text_manifold_replays_and_agrees()
    {
        using var scenario = new TextScenario(length: 4);
        var log = scenario.InFolder("session.log");
        var (exit, output, error) = CliRunner.Run("run", scenario.File, "--format", "json", "--samples", "20", "--log", log);
        Assert.True(exit == 0, error);
        using (var json = JsonDocument.Parse(output))
        {
            var real = json.RootElement.GetProperty("lanes").EnumerateArray().Single(l => l.GetProperty("name").GetString() == "real");
            Assert.NotEmpty(real.GetProperty("steps").EnumerateArray());
        }

        var replay = CliRunner.Run("replay", log);
        Assert.True(replay.Exit == 0, replay.Error);
    }

    /// <summary>
    /// §8 by brute force over the finite language (é|1)2? = {é, é2, 1, 12}: EOS iff the text is one of them; a control
    /// token never; else the text with the token is a prefix of one of them that the rest of the budget can finish,
    /// at one token per byte (the planted vocabulary's ordinary tokens are single bytes).
    /// </summary>
    private static bool IsValid(ILanguageModel model, byte[] text, int token, int t, int length)
    {
        if (token == model.EndOfGeneration)
        {
            return Language.Any(w => w.AsSpan().SequenceEqual(text));
        }

        byte[] extended = [.. text, .. model.TokenBytes(token).ToArray()];
        return !model.IsControl(token) && token != model.BeginningOfSequence
            && Language.Any(w => w.AsSpan().StartsWith(extended) && w.Length - extended.Length <= length - t);
    }

    private static readonly byte[][] Language = [.. new[] { "é", "é2", "1", "12" }.Select(Encoding.UTF8.GetBytes)];

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
