namespace ArDivergence.Gguf.Format;

/// <summary>A tensor to write: name, dimensions in ggml order (first = fastest) and its F32 values in that order.</summary>
public sealed record F32Tensor(string Name, IReadOnlyList<ulong> Dimensions, float[] Values)
{
    public ulong ElementCount => Dimensions.Aggregate(1UL, (product, dimension) => product * dimension);
}
