using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.State;

/// <summary>
/// Keys typed while a command's snapshot is still to come (type-ahead, a paste, a slow link): each acts,
/// in order, once the snapshot before it is applied. Bounded, so a held key cannot pile up work.
/// </summary>
internal sealed class TypeAheadQueue
{
    public const int Capacity = 64;

    private readonly Queue<KeyPress> _keys = new();

    public int Count => _keys.Count;

    /// <summary>
    /// Whether a key must wait: while a command's result is still to come, or keys wait before it. But while
    /// a long command (continue, seed, open) runs, Esc and Ctrl+C act at once (they cancel it, or close a
    /// dialog), and q or Ctrl+Q quit at once when no key waits before them: waiting for the end of what
    /// they stop would defeat them.
    /// </summary>
    public bool MustWait(KeyPress key, bool resultToCome, bool longCommandRuns, bool dialogOpen, KeyTable keys)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(keys);
        if (!resultToCome && _keys.Count == 0)
        {
            return false;
        }

        if (!longCommandRuns)
        {
            return true;
        }

        if (dialogOpen)
        {
            return key.Name is not ("Esc" or "Ctrl+C");
        }

        return keys.ActionFor(key.Name) switch
        {
            DebuggerAction.Cancel or DebuggerAction.Interrupt => false,
            DebuggerAction.Quit => _keys.Count > 0,
            _ => true,
        };
    }

    /// <summary>Keeps the key for later; a key beyond <see cref="Capacity"/> is dropped.</summary>
    public void Add(KeyPress key)
    {
        if (_keys.Count < Capacity)
        {
            _keys.Enqueue(key);
        }
    }

    public bool TryTake(out KeyPress key) => _keys.TryDequeue(out key!);

    /// <summary>Drops every waiting key; returns how many there were.</summary>
    public int Clear()
    {
        var count = _keys.Count;
        _keys.Clear();
        return count;
    }
}
