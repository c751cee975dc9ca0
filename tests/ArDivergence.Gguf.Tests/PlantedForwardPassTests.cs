using ArDivergence.Core.Generators;
using ArDivergence.Core.Manifolds;
using ArDivergence.Gguf.Planting;
using ArDivergence.Gguf.Tests.Support;

namespace ArDivergence.Gguf.Tests;

/// <summary>
/// Planted models evaluated by llama.cpp's real forward pass: the softmax of the logits after each
/// previous token equals the lane's conditional within 1e-6 (spec §9), and every model token outside
/// the scenario's vocabulary gets probability 0.
/// </summary>
public sealed class PlantedForwardPassTests
{
    private const double Tolerance = 1e-6;

    [Fact]
    public void Lecun_iid_noisy_oracle_is_reproduced_by_the_real_forward_pass()
    {
        var scenario = TestScenarios.Shipped("lecun-iid");
        using var folder = new TemporaryFolder();
        var path = folder.File("invalid.gguf");
        File.WriteAllBytes(path, PlantedModelBuilder.Build(ConditionalExtractor.From(scenario, "invalid")));
        using var llama = new LlamaEvaluator(path);
        var x = scenario.Vocabulary.IdOf("x");

        // Closed form (semantics §3): on the manifold a, b, c share 0.99 and x has ε = 0.01; after
        // the invalid x the simulated lane babbles uniformly over V.
        double[] OnManifold() => [.. Enumerable.Range(0, 4).Select(w => w == x ? 0.01 : 0.99 / 3)];
        var uniform = new[] { 0.25, 0.25, 0.25, 0.25 };
        AssertRow(llama, scenario.Vocabulary.Count, [PlantedVocabulary.BosId], OnManifold());
        foreach (var token in new[] { "a", "b", "c" })
        {
            AssertRow(llama, scenario.Vocabulary.Count, [PlantedVocabulary.BosId, PlantedVocabulary.ModelIdOf(scenario.Vocabulary.IdOf(token))], OnManifold());
        }

        AssertRow(llama, scenario.Vocabulary.Count, [PlantedVocabulary.BosId, PlantedVocabulary.ModelIdOf(x)], uniform);
    }

    [Fact]
    public void Bigram_is_reproduced_by_the_real_forward_pass_after_every_previous_token()
    {
        var scenario = TestScenarios.Shipped("ngram-language");
        var lane = (AutoregressiveGenerator)scenario.Generator("bigram");
        using var folder = new TemporaryFolder();
        var path = folder.File("bigram.gguf");
        File.WriteAllBytes(path, PlantedModelBuilder.Build(ConditionalExtractor.From(scenario, "bigram")));
        using var llama = new LlamaEvaluator(path);
        var size = scenario.Vocabulary.Count;

        // The lane's own conditionals, asked of its model directly: an order-2 model's context is the last token.
        double[] Expected(UInt128 context)
        {
            var row = new double[size];
            lane.Model.Next(scenario.Manifold.StartState, context, 1).ProbabilitiesOf([.. Enumerable.Range(0, size)], row);
            return row;
        }

        AssertRow(llama, size, [PlantedVocabulary.BosId], Expected(lane.Model.InitialContext));
        for (var token = 0; token < size; token++)
        {
            AssertRow(llama, size, [PlantedVocabulary.BosId, PlantedVocabulary.ModelIdOf(token)], Expected(lane.Model.Advance(lane.Model.InitialContext, token)));
        }
    }

    [Fact]
    public void A_prompt_s_last_token_and_multi_byte_tokens_give_the_lane_s_conditionals()
    {
        var scenario = TestScenarios.FromText(ConditionalExtractorTests.TwoWordLanguage);
        using var folder = new TemporaryFolder();
        var path = folder.File("two-words.gguf");
        File.WriteAllBytes(path, PlantedModelBuilder.Build(ConditionalExtractor.From(scenario, "oracle")));
        using var llama = new LlamaEvaluator(path);
        var danke = scenario.Vocabulary.IdOf("Danke");
        var schon = scenario.Vocabulary.IdOf("schön");
        var x = scenario.Vocabulary.IdOf("x");
        var size = scenario.Vocabulary.Count;

        // Closed forms (ε = 0.1, noise over the invalid tokens): in state q after Danke, in r after schön.
        var afterDanke = new double[size];
        afterDanke[schon] = 0.9 * 0.75;
        afterDanke[danke] = 0.9 * 0.25;
        afterDanke[x] = 0.1;
        var afterSchon = new double[size];
        afterSchon[danke] = 0.9;
        afterSchon[schon] = 0.05;
        afterSchon[x] = 0.05;
        var bos = PlantedVocabulary.BosId;
        AssertRow(llama, size, [bos, PlantedVocabulary.ModelIdOf(danke)], afterDanke);
        AssertRow(llama, size, [bos, PlantedVocabulary.ModelIdOf(danke), PlantedVocabulary.ModelIdOf(schon)], afterSchon);
        AssertRow(llama, size, [bos, PlantedVocabulary.ModelIdOf(danke), PlantedVocabulary.ModelIdOf(schon), PlantedVocabulary.ModelIdOf(danke)], afterDanke);
    }

    [Fact]
    public void Every_position_of_a_long_prefix_sees_only_its_own_token()
    {
        // One batch of 40 positions: attention contributes nothing, so position i's distribution is
        // the row of token i whatever came before it (the cache and earlier positions do not leak in).
        var scenario = TestScenarios.Shipped("lecun-iid");
        using var folder = new TemporaryFolder();
        var path = folder.File("uniform.gguf");
        File.WriteAllBytes(path, PlantedModelBuilder.Build(ConditionalExtractor.From(scenario, "uniform")));
        using var llama = new LlamaEvaluator(path);
        var x = scenario.Vocabulary.IdOf("x");
        var random = new Random(7);
        var tokens = new List<int> { PlantedVocabulary.BosId };
        for (var i = 0; i < 40; i++)
        {
            tokens.Add(PlantedVocabulary.ModelIdOf(random.Next(3)));
        }

        var all = llama.NextTokenProbabilitiesAtEveryPosition(tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            // noise: uniform spreads ε = 0.01 over all four tokens: a, b, c get 0.99/3 + 0.0025.
            var tokenError = all[i][PlantedVocabulary.ModelIdOf(x)];
            Assert.InRange(tokenError, 0.0025 - Tolerance, 0.0025 + Tolerance);
            Assert.InRange(all[i][PlantedVocabulary.ModelIdOf(0)], (0.99 / 3) + 0.0025 - Tolerance, (0.99 / 3) + 0.0025 + Tolerance);
        }
    }

    private static void AssertRow(LlamaEvaluator llama, int scenarioTokens, IReadOnlyList<int> input, double[] expected)
    {
        var probabilities = llama.NextTokenProbabilities(input);
        for (var v = 0; v < probabilities.Length; v++)
        {
            var scenarioId = v - PlantedVocabulary.FirstScenarioId;
            var want = scenarioId >= 0 && scenarioId < scenarioTokens ? expected[scenarioId] : 0.0;
            Assert.True(Math.Abs(probabilities[v] - want) <= Tolerance, $"after [{string.Join(", ", input)}] token {v}: {probabilities[v]} vs {want}");
        }
    }
}
