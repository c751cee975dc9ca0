using ArDivergence.Gguf.Format;

namespace ArDivergence.Gguf.Tests.Support;

/// <summary>A small valid GGUF file (every scalar type, arrays, two tensors) to damage in tests.</summary>
internal static class SmallGguf
{
    public static List<KeyValuePair<string, GgufValue>> Metadata() =>
    [
        new("general.architecture", GgufValue.Text("llama")),
        new("llama.block_count", GgufValue.U32(2)),
        new("llama.context_length", GgufValue.U64(512)),
        new("some.signed", GgufValue.I32(-7)),
        new("some.float", GgufValue.F32(0.5f)),
        new("some.flag", GgufValue.Flag(true)),
        new("tokenizer.ggml.tokens", GgufValue.Texts(["<unk>", "<s>", "schön", "x"])),
        new("tokenizer.ggml.scores", GgufValue.Floats([0f, -1f, -2.5f, 3f])),
        new("tokenizer.ggml.token_type", GgufValue.Ints([2, 3, 1, 1])),
        new("tokenizer.ggml.bos_token_id", GgufValue.U32(1)),
    ];

    public static List<F32Tensor> Tensors() =>
    [
        new("a.weight", [3, 2], [1f, 2f, 3f, 4f, 5f, 6f]),
        new("b.weight", [5], [-1f, 0f, 1f, float.MaxValue, float.Epsilon]),
    ];

    public static byte[] Bytes() => GgufWriter.ToBytes(Metadata(), Tensors());

    public static GgufFile Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return GgufReader.Read(stream, (ulong)bytes.Length);
    }

    /// <summary>The F32 values of a tensor, read from the file's bytes where its info says they are.</summary>
    public static float[] TensorValues(byte[] bytes, GgufFile file, GgufTensorInfo tensor)
    {
        var start = (int)(file.DataOffset + tensor.Offset);
        return [.. Enumerable.Range(0, (int)tensor.ElementCount).Select(i => BitConverter.ToSingle(bytes, start + (i * 4)))];
    }
}
