using LLama;
using LLama.Common;
using LLama.Native;

namespace ArDivergence.Gguf.Tests.Support;

/// <summary>
/// A GGUF file loaded by llama.cpp (LLamaSharp 0.30, CPU backend) with the deterministic settings of
/// spec §9 (flash attention off, F32 KV cache, one thread): next-token probabilities after a token
/// sequence, from the real forward pass.
/// </summary>
internal sealed class LlamaEvaluator : IDisposable
{
    private readonly LLamaWeights _weights;
    private readonly LLamaContext _context;

    public LlamaEvaluator(string path)
    {
        var parameters = new ModelParams(path)
        {
            ContextSize = 256,
            BatchSize = 256,
            UBatchSize = 256,
            GpuLayerCount = 0,
            Threads = 1,
            BatchThreads = 1,
            TypeK = GGMLType.GGML_TYPE_F32,
            TypeV = GGMLType.GGML_TYPE_F32,
            FlashAttention = false,
        };
        _weights = LLamaWeights.LoadFromFile(parameters);
        _context = _weights.CreateContext(parameters);
    }

    public int VocabularySize => _context.Vocab.Count;

    public int? Bos => (int?)_context.Vocab.BOS;

    public int? Eos => (int?)_context.Vocab.EOS;

    public IReadOnlyList<int> Tokenize(string text, bool addBos) =>
        [.. _context.Tokenize(text, addBos, special: false).Select(t => (int)t)];

    public string Detokenize(IEnumerable<int> tokens)
    {
        var decoder = new StreamingTokenDecoder(_context);
        decoder.AddRange(tokens.Select(t => (LLamaToken)t));
        return decoder.Read();
    }

    /// <summary>softmax of the logits at the last of <paramref name="tokens"/>, evaluated from an empty cache.</summary>
    public double[] NextTokenProbabilities(IReadOnlyList<int> tokens)
    {
        _context.NativeHandle.MemoryClear(true);
        var batch = new LLamaBatch();
        for (var i = 0; i < tokens.Count; i++)
        {
            batch.Add((LLamaToken)tokens[i], i, LLamaSeqId.Zero, i == tokens.Count - 1);
        }

        Assert.Equal(DecodeResult.Ok, _context.Decode(batch));
        var logits = _context.NativeHandle.GetLogitsIth(batch.TokenCount - 1).ToArray();
        return Softmax(logits);
    }

    /// <summary>The next-token probabilities after each prefix of <paramref name="tokens"/>, in one batch.</summary>
    public double[][] NextTokenProbabilitiesAtEveryPosition(IReadOnlyList<int> tokens)
    {
        _context.NativeHandle.MemoryClear(true);
        var batch = new LLamaBatch();
        for (var i = 0; i < tokens.Count; i++)
        {
            batch.Add((LLamaToken)tokens[i], i, LLamaSeqId.Zero, true);
        }

        Assert.Equal(DecodeResult.Ok, _context.Decode(batch));
        return [.. Enumerable.Range(0, tokens.Count).Select(i => Softmax(_context.NativeHandle.GetLogitsIth(i).ToArray()))];
    }

    public static double[] Softmax(float[] logits)
    {
        var max = logits.Max();
        var exps = logits.Select(l => Math.Exp((double)l - max)).ToArray();
        var sum = exps.Sum();
        return [.. exps.Select(e => e / sum)];
    }

    public void Dispose()
    {
        _context.Dispose();
        _weights.Dispose();
    }
}
