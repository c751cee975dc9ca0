using System.Globalization;
using ArDivergence.Core.Models;
using LLama;
using LLama.Common;
using LLama.Native;

namespace ArDivergence.Models;

/// <summary>One loaded GGUF file: its vocabulary as bytes, its shape from the metadata, and KV caches on demand.</summary>
internal sealed class LlamaModel : ILanguageModel
{
    private readonly string _path;
    private readonly LLamaWeights _weights;
    private readonly byte[][] _tokenBytes;
    private readonly bool[] _control;
    private readonly bool[] _byte;

    public LlamaModel(string shown, string path, LLamaWeights weights)
    {
        _path = path;
        _weights = weights;
        var handle = weights.NativeHandle;
        var vocab = handle.Vocab;
        VocabularySize = vocab.Count;
        _tokenBytes = new byte[VocabularySize][];
        _control = new bool[VocabularySize];
        _byte = new bool[VocabularySize];
        var buffer = new byte[256];
        for (var id = 0; id < VocabularySize; id++)
        {
            var token = (LLamaToken)id;
            var length = (int)handle.TokenToSpan(token, buffer, 0, special: true);
            _tokenBytes[id] = length <= buffer.Length ? buffer.AsSpan(0, length).ToArray() : LongPiece(handle, token, length);
            var attributes = token.GetAttributes(vocab);

            // <unk> stands for no text: like a control token it is never valid on a text manifold.
            _control[id] = token.IsControl(vocab) || attributes.HasFlag(LLamaTokenAttr.Unknown);
            _byte[id] = attributes.HasFlag(LLamaTokenAttr.Byte);
        }

        BeginningOfSequence = vocab.ShouldAddBOS && vocab.BOS is { } bos ? (int)bos : null;
        EndOfGeneration = vocab.EOS is { } eos ? (int)eos : vocab.EOT is { } eot ? (int)eot : -1;
        var metadata = weights.Metadata;
        var architecture = metadata.GetValueOrDefault("general.architecture") ?? "unknown";
        Info = new LanguageModelInfo(
            metadata.GetValueOrDefault("general.name") ?? Path.GetFileNameWithoutExtension(shown),
            architecture,
            new FileInfo(path).Length,
            (int)handle.LayerCount,
            (int)handle.EmbeddingSize,
            Number(metadata, $"{architecture}.feed_forward_length") ?? 4 * (int)handle.EmbeddingSize,
            (int)handle.HeadCount,
            (int)handle.KVHeadCount);
    }

    public LanguageModelInfo Info { get; }

    public int VocabularySize { get; }

    public int? BeginningOfSequence { get; }

    public int EndOfGeneration { get; }

    public ReadOnlyMemory<byte> TokenBytes(int token) => _tokenBytes[token];

    public bool IsControl(int token) => _control[token];

    public bool IsByte(int token) => _byte[token];

    public IReadOnlyList<int> Tokenize(string text, bool parseSpecial) =>
        [.. _weights.NativeHandle.Tokenize(text, addBos: false, special: parseSpecial, System.Text.Encoding.UTF8).Select(t => (int)t)];

    /// <summary>llama.cpp's own application of the file's `tokenizer.chat_template` (one of the templates it knows), with the assistant's turn opened.</summary>
    public string? ChatPrompt(string userMessage)
    {
        if (!_weights.Metadata.ContainsKey("tokenizer.chat_template"))
        {
            return null;
        }

        var template = new LLamaTemplate(_weights, strict: false) { AddAssistant = true };
        template.Add("user", userMessage);
        return System.Text.Encoding.UTF8.GetString(template.Apply());
    }

    public ILanguageModelDecoder CreateDecoder(int contextSize, int threads)
    {
        var parameters = Parameters(_path, contextSize, threads);
        return new LlamaDecoder(_weights.CreateContext(parameters), (int)parameters.BatchSize);
    }

    /// <summary>The pinned settings of semantics §9: CPU only, flash attention off, an F32 KV cache, the lane's threads.</summary>
    public static ModelParams Parameters(string path, int contextSize, int threads) => new(path)
    {
        ContextSize = (uint)contextSize,
        BatchSize = 512,
        UBatchSize = 512,
        GpuLayerCount = 0,
        Threads = threads,
        BatchThreads = threads,
        TypeK = GGMLType.GGML_TYPE_F32,
        TypeV = GGMLType.GGML_TYPE_F32,
        FlashAttention = false,
    };

    private static byte[] LongPiece(SafeLlamaModelHandle handle, LLamaToken token, int length)
    {
        var buffer = new byte[length];
        var written = (int)handle.TokenToSpan(token, buffer, 0, special: true);
        return buffer.AsSpan(0, Math.Min(written, length)).ToArray();
    }

    private static int? Number(IReadOnlyDictionary<string, string> metadata, string key) =>
        metadata.TryGetValue(key, out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
