using ArDivergence.Gguf.Format;
using ArDivergence.Gguf.Models;
using ArDivergence.Gguf.Planting;
using ArDivergence.Gguf.Tests.Support;
using LLama;
using LLama.Common;

namespace ArDivergence.Gguf.Tests;

/// <summary>The metadata `gguf info` and §5 read, checked against the planted shape and against llama.cpp's own reading.</summary>
public sealed class GgufModelInfoTests
{
    [Fact]
    public void A_planted_model_s_info_is_its_shape()
    {
        var scenario = TestScenarios.Shipped("lecun-iid");
        var bytes = PlantedModelBuilder.Build(ConditionalExtractor.From(scenario, "invalid"));
        var info = GgufModelInfo.From(SmallGguf.Read(bytes));
        var d = 64UL; // four tokens and <s>: one 64-wide head
        var n = (ulong)(PlantedVocabulary.FirstScenarioId + scenario.Vocabulary.Count);
        var ff = (ulong)PlantedModelShape.FeedForwardLength;
        Assert.Equal("llama", info.Architecture);
        Assert.Equal(1UL, info.BlockCount);
        Assert.Equal(d, info.EmbeddingLength);
        Assert.Equal(ff, info.FeedForwardLength);
        Assert.Equal(1UL, info.HeadCount);
        Assert.Equal(1UL, info.HeadCountKv);
        Assert.Equal((ulong)PlantedModelShape.ContextLength, info.ContextLength);
        Assert.Equal((int)n, info.VocabularySize);
        Assert.Equal("llama", info.TokenizerModel);
        Assert.Equal(new SpecialToken(1, "<s>"), info.Bos);
        Assert.Equal(new SpecialToken(2, "<eos>"), info.Eos);
        // embeddings + output (d·n each), three norms (d each), q/k/v/o (d² each), gate/up/down (d·ff each)
        Assert.Equal((2 * d * n) + (3 * d) + (4 * d * d) + (3 * d * ff), info.ParameterCount);
        Assert.Equal((ulong)bytes.Length, info.FileSize);
        Assert.Equal(info.ParameterCount * 4, Assert.Single(info.TensorTypes).Bytes);
    }

    [Fact]
    public void Llama_cpp_reads_the_same_parameters_context_and_width()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("bigram.gguf");
        File.WriteAllBytes(path, PlantedModelBuilder.Build(ConditionalExtractor.From(TestScenarios.Shipped("ngram-language"), "bigram")));
        var info = GgufModelInfo.From(GgufReader.ReadFile(path));
        using var weights = LLamaWeights.LoadFromFile(new ModelParams(path) { GpuLayerCount = 0 });
        Assert.Equal(info.ParameterCount, weights.ParameterCount);
        Assert.Equal((int)info.ContextLength!.Value, weights.ContextSize);
        Assert.Equal((int)info.EmbeddingLength!.Value, weights.EmbeddingSize);
        Assert.Equal(info.VocabularySize, weights.Vocab.Count);
        Assert.Equal("llama", weights.Metadata["general.architecture"]);
    }

    [Fact]
    public void Info_lines_say_dash_for_what_a_file_lacks()
    {
        var bytes = GgufWriter.ToBytes([new("general.architecture", GgufValue.Text("mystery"))], []);
        var lines = GgufInfoText.Lines("m.gguf", SmallGguf.Read(bytes));
        Assert.Contains("architecture:   mystery", lines);
        Assert.Contains("layers:         -", lines);
        Assert.Contains("bos:            -", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("planted from", StringComparison.Ordinal));
    }
}
