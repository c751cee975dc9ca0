using ArDivergence.Gguf.Format;

namespace ArDivergence.Gguf.Planting;

/// <summary>
/// Builds the GGUF file of a planted model (docs/semantics.md, "Planted models"). Every attention
/// and feed-forward weight is zero, so each block adds nothing and the residual stream at a position
/// is that position's token embedding. Embedding k of a previous-token class is √d times the k-th unit
/// vector (RMS 1), so the final RMS norm turns it into √d/√(1+ε) times that unit vector, and the
/// output matrix's k-th column holds log p(v | class k) divided by that factor: the logits are
/// log p(· | previous token), whose softmax is p. Tokens outside the scenario's vocabulary (and
/// tokens of zero probability) get a logit of <see cref="ZeroLogit"/>, whose exponential is 0.
/// </summary>
public static class PlantedModelBuilder
{
    /// <summary>The logit of a token the lane never emits: exp(−1e9 − max) is exactly 0 in float and double.</summary>
    public const float ZeroLogit = -1e9f;

    public static byte[] Build(PreviousTokenConditionals conditionals)
    {
        ArgumentNullException.ThrowIfNull(conditionals);
        var vocabulary = new PlantedVocabulary(conditionals.Vocabulary);
        var classes = conditionals.Rows.Keys.Order().ToArray();
        if (classes.Length > PlantedModelShape.MaxClasses)
        {
            throw new PlantingException($"lane '{conditionals.LaneName}' has {classes.Length} previous tokens to plant (at most {PlantedModelShape.MaxClasses})");
        }

        var shape = PlantedModelShape.For(classes.Length, vocabulary.Count);
        var d = shape.EmbeddingLength;
        var n = vocabulary.Count;
        var embedding = new float[d * n];
        var output = new float[d * n];
        var scale = Math.Sqrt(d);
        var normalised = scale / Math.Sqrt(1.0 + PlantedModelShape.RmsEpsilon);
        for (var k = 0; k < classes.Length; k++)
        {
            var modelId = classes[k] == PreviousTokenConditionals.Start ? PlantedVocabulary.BosId : PlantedVocabulary.ModelIdOf(classes[k]);
            embedding[(modelId * d) + k] = (float)scale;
            var row = conditionals.Rows[classes[k]];
            for (var v = 0; v < n; v++)
            {
                var scenarioId = vocabulary.ScenarioIdOf(v);
                var p = scenarioId is { } id ? row[id] : 0.0;
                var logit = p > 0 ? Math.Log(p) : ZeroLogit;
                output[(v * d) + k] = (float)(logit / normalised);
            }
        }

        return GgufWriter.ToBytes(Metadata(conditionals, vocabulary, shape), Tensors(shape, embedding, output));
    }

    private static List<KeyValuePair<string, GgufValue>> Metadata(PreviousTokenConditionals conditionals, PlantedVocabulary vocabulary, PlantedModelShape shape)
    {
        var metadata = PlantedLlamaMetadata.For(
            $"ardiv planted {conditionals.ScenarioName}/{conditionals.LaneName}",
            shape,
            vocabulary.Pieces,
            vocabulary.TokenTypes,
            (PlantedVocabulary.BosId, PlantedVocabulary.EosId, PlantedVocabulary.UnknownId),
            addSpacePrefix: true);
        metadata.Add(new(PlantedKeys.Scenario, GgufValue.Text(conditionals.ScenarioName)));
        metadata.Add(new(PlantedKeys.Lane, GgufValue.Text(conditionals.LaneName)));
        metadata.Add(new(PlantedKeys.FirstScenarioToken, GgufValue.U32(PlantedVocabulary.FirstScenarioId)));
        metadata.Add(new(PlantedKeys.ScenarioTokenCount, GgufValue.U32((uint)vocabulary.ScenarioTokenCount)));
        return metadata;
    }

    internal static List<F32Tensor> Tensors(PlantedModelShape shape, float[] embedding, float[] output)
    {
        var d = (ulong)shape.EmbeddingLength;
        var n = (ulong)shape.VocabularySize;
        var ff = (ulong)PlantedModelShape.FeedForwardLength;
        var tensors = new List<F32Tensor>
        {
            new("token_embd.weight", [d, n], embedding),
            new("output_norm.weight", [d], Ones(d)),
            new("output.weight", [d, n], output),
        };
        for (var block = 0; block < PlantedModelShape.BlockCount; block++)
        {
            var prefix = $"blk.{block}.";
            tensors.Add(new(prefix + "attn_norm.weight", [d], Ones(d)));
            tensors.Add(new(prefix + "attn_q.weight", [d, d], new float[d * d]));
            tensors.Add(new(prefix + "attn_k.weight", [d, d], new float[d * d]));
            tensors.Add(new(prefix + "attn_v.weight", [d, d], new float[d * d]));
            tensors.Add(new(prefix + "attn_output.weight", [d, d], new float[d * d]));
            tensors.Add(new(prefix + "ffn_norm.weight", [d], Ones(d)));
            tensors.Add(new(prefix + "ffn_gate.weight", [d, ff], new float[d * ff]));
            tensors.Add(new(prefix + "ffn_up.weight", [d, ff], new float[d * ff]));
            tensors.Add(new(prefix + "ffn_down.weight", [ff, d], new float[ff * d]));
        }

        return tensors;
    }

    private static float[] Ones(ulong count)
    {
        var values = new float[count];
        Array.Fill(values, 1f);
        return values;
    }
}
