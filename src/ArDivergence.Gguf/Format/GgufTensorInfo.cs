namespace ArDivergence.Gguf.Format;

/// <summary>
/// One tensor's entry in a GGUF file: its name, its dimensions (ggml order: the first is the
/// fastest-varying, so a {n_embd, n_vocab} matrix stores n_vocab rows of n_embd values), its type
/// and its offset from the start of the data section.
/// </summary>
public sealed record GgufTensorInfo(string Name, IReadOnlyList<ulong> Dimensions, GgmlTensorType Type, ulong Offset)
{
    /// <summary>The number of values (the product of the dimensions).</summary>
    public ulong ElementCount => Dimensions.Aggregate(1UL, (product, dimension) => product * dimension);

    /// <summary>Bytes in the data section; null for an unknown type.</summary>
    public ulong? ByteSize => Type.ByteSize(ElementCount);
}
