using System.Collections;

namespace ArDivergence.Core.Collections;

/// <summary>
/// An immutable list that grows at the end in amortised O(1) and shares its storage with the lists it
/// came from: a snapshot taken before an append keeps seeing exactly its own items. Appending to an
/// older (truncated) version copies, so no version ever changes under a reader.
/// </summary>
public sealed class PersistentLog<T> : IReadOnlyList<T>
{
    private readonly Storage _storage;

    private PersistentLog(Storage storage, int count)
    {
        _storage = storage;
        Count = count;
    }

    /// <summary>A new empty log with its own storage.</summary>
    internal static PersistentLog<T> CreateEmpty() => new(new Storage(), 0);

    public int Count { get; }

    public T this[int index] =>
        (uint)index < (uint)Count ? _storage.Items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public PersistentLog<T> Append(T item)
    {
        lock (_storage)
        {
            if (_storage.Used == Count)
            {
                // This version is the tip: write in place, beyond what any reader can see.
                if (_storage.Items.Length == Count)
                {
                    Array.Resize(ref _storage.Items, Math.Max(8, Count * 2));
                }

                _storage.Items[Count] = item;
                _storage.Used = Count + 1;
                return new PersistentLog<T>(_storage, Count + 1);
            }
        }

        var copy = new Storage { Items = new T[Math.Max(8, Count * 2)], Used = Count + 1 };
        Array.Copy(_storage.Items, copy.Items, Count);
        copy.Items[Count] = item;
        return new PersistentLog<T>(copy, Count + 1);
    }

    /// <summary>The first <paramref name="count"/> items (no copy).</summary>
    public PersistentLog<T> Take(int count) =>
        count >= Count ? this : new PersistentLog<T>(_storage, Math.Max(0, count));

    public T Last() => Count > 0 ? _storage.Items[Count - 1] : throw new InvalidOperationException("the log is empty");

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _storage.Items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Storage
    {
        public T[] Items = [];
        public int Used;
    }
}
