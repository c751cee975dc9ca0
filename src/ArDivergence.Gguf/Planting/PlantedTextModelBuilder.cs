using System.Globalization;
using ArDivergence.Gguf.Format;

namespace ArDivergence.Gguf.Planting;

/// <summary>
/// The GGUF file of a <see cref="TextBigram"/>, built like <see cref="PlantedModelBuilder"/>'s (zero attention and
/// feed-forward weights, one unit embedding per previous-token class, the output matrix holding the log-probabilities).
/// Its SentencePiece vocabulary: 0 &lt;unk&gt;, 1 &lt;s&gt;, 2 &lt;eos&gt;, 3..258 the byte tokens &lt;0x00&gt;..&lt;0xFF&gt;, and 259 "▁",
/// the piece llama.cpp's tokenizer makes of a prompt's spaces, which reads as the byte 0x20 (same class, never drawn).
/// </summary>
public static class PlantedTextModelBuilder
{
    public const int UnknownId = 0;
    public const int BosId = 1;
    public const int EosId = 2;
    public const int FirstByteId = 3;
    public const int SpaceId = FirstByteId + 256;
    public const int VocabularySize = SpaceId + 1;

    /// <param name="chatTemplate">A `tokenizer.chat_template` to write (tests of `chat: true`); none by default.</param>
    public static byte[] Build(TextBigram bigram, string? chatTemplate = null)
    {
        ArgumentNullException.ThrowIfNull(bigram);
        var classes = bigram.Rows.Count;
        var shape = PlantedModelShape.For(classes, VocabularySize);
        var d = shape.EmbeddingLength;
        var embedding = new float[d * VocabularySize];
        var output = new float[d * VocabularySize];
        var scale = Math.Sqrt(d);
        var normalised = scale / Math.Sqrt(1.0 + PlantedModelShape.RmsEpsilon);
        for (var k = 0; k < classes; k++)
        {
            var modelId = k == TextBigram.Start ? BosId : FirstByteId + k;
            embedding[(modelId * d) + k] = (float)scale;
            if (k == ' ')
            {
                embedding[(SpaceId * d) + k] = (float)scale;
            }

            var row = bigram.Rows[k];
            for (var v = 0; v < VocabularySize; v++)
            {
                var p = v == EosId ? row[TextBigram.EndOfText] : v is >= FirstByteId and < SpaceId ? row[v - FirstByteId] : 0.0;
                var logit = p > 0 ? Math.Log(p) : PlantedModelBuilder.ZeroLogit;
                output[(v * d) + k] = (float)(logit / normalised);
            }
        }

        var metadata = Metadata(bigram, shape);
        if (chatTemplate is not null)
        {
            metadata.Add(new("tokenizer.chat_template", GgufValue.Text(chatTemplate)));
        }

        return GgufWriter.ToBytes(metadata, PlantedModelBuilder.Tensors(shape, embedding, output));
    }

    private static List<KeyValuePair<string, GgufValue>> Metadata(TextBigram bigram, PlantedModelShape shape)
    {
        var pieces = new List<string> { "<unk>", "<s>", "<eos>" };
        var types = new List<int> { PlantedVocabulary.TokenTypeUnknown, PlantedVocabulary.TokenTypeControl, PlantedVocabulary.TokenTypeControl };
        for (var b = 0; b < 256; b++)
        {
            pieces.Add(string.Create(CultureInfo.InvariantCulture, $"<0x{b:X2}>"));
            types.Add(PlantedVocabulary.TokenTypeByte);
        }

        pieces.Add(PlantedVocabulary.WordMark);
        types.Add(PlantedVocabulary.TokenTypeNormal);
        var metadata = PlantedLlamaMetadata.For(
            $"ardiv planted {bigram.ScenarioName}/text bigram", shape, pieces, types, (BosId, EosId, UnknownId), addSpacePrefix: false);
        metadata.Add(new(PlantedKeys.Scenario, GgufValue.Text(bigram.ScenarioName)));
        metadata.Add(new(PlantedKeys.Lane, GgufValue.Text(TextBigram.LaneName)));
        return metadata;
    }
}
