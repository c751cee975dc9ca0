using System.Runtime.InteropServices;
using ArDivergence.Core.Generators;

namespace ArDivergence.Core.Metrics;

/// <summary>
/// Interns <see cref="ProcessKey"/>s as dense ids 0, 1, 2… so dynamic programming can keep its masses
/// and transitions in arrays indexed by id instead of dictionaries keyed by the 32-byte key.
/// </summary>
internal sealed class ProcessKeyTable
{
    private readonly Dictionary<ProcessKey, int> _ids = [];
    private ProcessKey[] _keys = new ProcessKey[16];

    public int Count => _ids.Count;

    public ProcessKey this[int id] => _keys[id];

    /// <summary>The key's id, giving it the next free one the first time it is seen.</summary>
    public int Intern(ProcessKey key)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, key, out var known);
        if (known)
        {
            return id;
        }

        id = _ids.Count - 1;
        if (id == _keys.Length)
        {
            Array.Resize(ref _keys, _keys.Length * 2);
        }

        _keys[id] = key;
        return id;
    }

    public void Clear() => _ids.Clear();
}
