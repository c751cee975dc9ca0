namespace ArDivergence.Core.Text;

/// <summary>Compares int arrays by content: the keys of subset construction and of Moore's refinement.</summary>
internal sealed class SetComparer : IEqualityComparer<int[]>
{
    public static SetComparer Instance { get; } = new();

    public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

    public int GetHashCode(int[] obj)
    {
        var hash = new HashCode();
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(obj.AsSpan()));
        return hash.ToHashCode();
    }
}
