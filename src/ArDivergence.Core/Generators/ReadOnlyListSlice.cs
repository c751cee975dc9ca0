using System.Collections;

namespace ArDivergence.Core.Generators;

/// <summary>The first <c>count</c> items of a list, without copying.</summary>
internal sealed class ReadOnlyListSlice(IReadOnlyList<int> items, int count) : IReadOnlyList<int>
{
    public int Count => count;

    public int this[int index] => (uint)index < (uint)count ? items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<int> GetEnumerator() => items.Take(count).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
