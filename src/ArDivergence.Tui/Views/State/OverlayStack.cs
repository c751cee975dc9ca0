using ArDivergence.Tui.Views.Overlays;

namespace ArDivergence.Tui.Views.State;

/// <summary>The open dialogs, the latest on top: it gets every key, and closed ones leave the stack.</summary>
internal sealed class OverlayStack
{
    private readonly List<Overlay> _overlays = [];

    public Overlay? Top => _overlays.Count == 0 ? null : _overlays[^1];

    public void Push(Overlay overlay)
    {
        ArgumentNullException.ThrowIfNull(overlay);
        _overlays.Add(overlay);
    }

    public void Clear() => _overlays.Clear();

    /// <summary>Gives a key to the top dialog; Esc closes it when it does not use Esc itself.</summary>
    public void Route(KeyPress key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (Top is not { } overlay)
        {
            return;
        }

        if (!overlay.HandleKey(key) && key.Name == "Esc")
        {
            overlay.Close();
        }

        _overlays.RemoveAll(o => o.Closed);
    }
}
