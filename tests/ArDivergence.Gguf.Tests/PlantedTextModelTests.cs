using System.Text;
using ArDivergence.Core.Text;
using ArDivergence.Gguf.Planting;
using ArDivergence.Gguf.Tests.Support;

namespace ArDivergence.Gguf.Tests;

/// <summary>
/// The planted text model (`planted:text`): a byte bigram fitted to strings drawn from a text language, whose real
/// llama.cpp forward pass reproduces the fitted rows within 1e-6, whose tokenizer reads a prompt as bytes, and whose
/// fit follows its stated rule (counts of the drawn strings, add-α smoothing).
/// </summary>
public sealed class PlantedTextModelTests
{
    private const double Tolerance = 1e-6;

    [Fact]
    public void The_real_forward_pass_reproduces_the_fitted_bigram_after_every_previous_byte()
    {
        var language = new TextLanguage(TextPatterns.Regex(" ?(é|\\d{2})-x", ignoreCase: false), "Q: when?\nA:", 8);
        var bigram = TextBigram.Fit("test", language, seed: 5);
        using var folder = new TemporaryFolder();
        var path = folder.File("text.gguf");
        File.WriteAllBytes(path, PlantedTextModelBuilder.Build(bigram));
        using var llama = new LlamaEvaluator(path);
        Assert.Equal(PlantedTextModelBuilder.VocabularySize, llama.VocabularySize);

        AssertRow(llama, [PlantedTextModelBuilder.BosId], bigram.Rows[TextBigram.Start]);
        for (var b = 0; b < 256; b++)
        {
            AssertRow(llama, [PlantedTextModelBuilder.BosId, PlantedTextModelBuilder.FirstByteId + b], bigram.Rows[b]);
        }

        // The tokenizer's "▁" (a prompt's space) reads as the byte 0x20.
        AssertRow(llama, [PlantedTextModelBuilder.BosId, PlantedTextModelBuilder.SpaceId], bigram.Rows[' ']);
    }

    [Fact]
    public void A_prompt_tokenizes_to_its_bytes_and_a_space_to_the_space_piece()
    {
        var language = new TextLanguage(TextPatterns.Answers(["ab"], ignoreCase: false), "x", 4);
        using var folder = new TemporaryFolder();
        var path = folder.File("text.gguf");
        File.WriteAllBytes(path, PlantedTextModelBuilder.Build(TextBigram.Fit("test", language, seed: 1)));
        using var llama = new LlamaEvaluator(path);
        var prompt = "A: é\n";
        var expected = Encoding.UTF8.GetBytes(prompt).Select(b => b == ' ' ? PlantedTextModelBuilder.SpaceId : PlantedTextModelBuilder.FirstByteId + b);
        Assert.Equal(expected, llama.Tokenize(prompt, addBos: false));
    }

    [Fact]
    public void The_fit_is_add_alpha_over_the_bigram_counts_of_the_drawn_strings()
    {
        // One answer: every drawn string is "ab", so the counts are 1000 each of (':', a), (a, b), (b, EOS).
        var language = new TextLanguage(TextPatterns.Answers(["ab"], ignoreCase: false), "A:", 4);
        var bigram = TextBigram.Fit("test", language, seed: 2);
        var denominator = TextBigram.Samples + (257 * TextBigram.Smoothing);
        Assert.Equal((TextBigram.Samples + TextBigram.Smoothing) / denominator, bigram.Rows[':']['a'], 1e-12);
        Assert.Equal((TextBigram.Samples + TextBigram.Smoothing) / denominator, bigram.Rows['a']['b'], 1e-12);
        Assert.Equal((TextBigram.Samples + TextBigram.Smoothing) / denominator, bigram.Rows['b'][TextBigram.EndOfText], 1e-12);
        Assert.Equal(TextBigram.Smoothing / denominator, bigram.Rows['a']['a'], 1e-12);
        Assert.All(bigram.Rows, row => Assert.Equal(1.0, row.Sum(), 1e-12));

        // A byte never seen as a previous token has the uniform row.
        Assert.All(bigram.Rows['z'], p => Assert.Equal(1.0 / 257, p, 1e-12));
    }

    [Fact]
    public void Two_answers_are_drawn_about_equally_often()
    {
        // The walk chooses uniformly at the fork after ':' between ' ' and 'P': about 500 each of 1000.
        var language = new TextLanguage(TextPatterns.Answers(["Paris", " Paris"], ignoreCase: false), "A:", 8);
        var row = TextBigram.Fit("test", language, seed: 3).Rows[':'];
        var space = row[' '] * (TextBigram.Samples + (257 * TextBigram.Smoothing));
        Assert.InRange(space, 430, 570);
    }

    private static void AssertRow(LlamaEvaluator llama, IReadOnlyList<int> input, double[] row)
    {
        var probabilities = llama.NextTokenProbabilities(input);
        for (var v = 0; v < probabilities.Length; v++)
        {
            var want = v == PlantedTextModelBuilder.EosId ? row[TextBigram.EndOfText]
                : v is >= PlantedTextModelBuilder.FirstByteId and < PlantedTextModelBuilder.SpaceId ? row[v - PlantedTextModelBuilder.FirstByteId]
                : 0.0;
            Assert.True(Math.Abs(probabilities[v] - want) <= Tolerance, $"after [{string.Join(", ", input)}] token {v}: {probabilities[v]} vs {want}");
        }
    }
}
