namespace ArDivergence.Gguf.Format;

/// <summary>
/// A metadata array: its element type and its items as a typed .NET array (string[], float[], int[],
/// …; GgufArray[] for nested arrays), so a 150,000-token vocabulary is not 150,000 boxes.
/// </summary>
public sealed record GgufArray(GgufValueType ElementType, Array Items)
{
    public int Count => Items.Length;
}
