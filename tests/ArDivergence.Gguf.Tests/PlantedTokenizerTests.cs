using ArDivergence.Gguf.Planting;
using ArDivergence.Gguf.Tests.Support;

namespace ArDivergence.Gguf.Tests;

/// <summary>
/// llama.cpp's own SentencePiece tokenizer on a planted model: each scenario token, however many
/// characters or UTF-8 bytes, is one model token; text of space-separated scenario tokens comes back
/// as the same tokens, and decoding gives the text back (SentencePiece's leading space removed).
/// </summary>
public sealed class PlantedTokenizerTests
{
    [Fact]
    public void Scenario_tokens_are_single_model_tokens_and_decode_to_their_text()
    {
        var scenario = TestScenarios.FromText(ConditionalExtractorTests.TwoWordLanguage);
        using var folder = new TemporaryFolder();
        var path = folder.File("two-words.gguf");
        File.WriteAllBytes(path, PlantedModelBuilder.Build(ConditionalExtractor.From(scenario, "oracle")));
        using var llama = new LlamaEvaluator(path);
        var vocabulary = new PlantedVocabulary(scenario.Vocabulary.Tokens);
        Assert.Equal(vocabulary.Count, llama.VocabularySize);
        Assert.Equal(PlantedVocabulary.BosId, llama.Bos);
        Assert.Equal(PlantedVocabulary.EosId, llama.Eos);

        var words = new[] { "Danke", "schön", "x", "schön", "Danke" };
        var ids = llama.Tokenize(string.Join(' ', words), addBos: true);
        Assert.Equal([PlantedVocabulary.BosId, .. words.Select(w => PlantedVocabulary.ModelIdOf(scenario.Vocabulary.IdOf(w)))], ids);
        Assert.Equal(string.Join(' ', words), llama.Detokenize(ids.Skip(1)).TrimStart(' '));
        foreach (var word in words)
        {
            Assert.Equal(" " + word, llama.Detokenize([PlantedVocabulary.ModelIdOf(scenario.Vocabulary.IdOf(word))]));
        }
    }

    [Fact]
    public void Text_outside_the_vocabulary_falls_back_to_byte_tokens_instead_of_failing()
    {
        var scenario = TestScenarios.Shipped("lecun-iid");
        using var folder = new TemporaryFolder();
        var path = folder.File("lecun.gguf");
        File.WriteAllBytes(path, PlantedModelBuilder.Build(ConditionalExtractor.From(scenario, "invalid")));
        using var llama = new LlamaEvaluator(path);
        var ids = llama.Tokenize("a zz", addBos: false);
        Assert.Equal(PlantedVocabulary.ModelIdOf(scenario.Vocabulary.IdOf("a")), ids[0]);
        Assert.All(ids.Skip(1), id => Assert.InRange(id, PlantedVocabulary.FirstByteId, PlantedVocabulary.FirstScenarioId - 1));
    }
}
