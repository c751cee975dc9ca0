using System.Collections;

namespace ArDivergence.Core.Debugging;

/// <summary>Positions 1..count without storing them: where a lane wrote position t at step t.</summary>
internal sealed class PositionSequence(int count) : IReadOnlyList<int>
{
    public int Count => count;

    public int this[int index] =>
        (uint)index < (uint)count ? index + 1 : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<int> GetEnumerator() => Enumerable.Range(1, count).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
