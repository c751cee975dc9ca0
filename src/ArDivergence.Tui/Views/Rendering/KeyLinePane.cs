using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.Rendering;

/// <summary>The key line, from the key table's hints: as many as fit, and always help and quit.</summary>
internal sealed class KeyLinePane : IPane
{
    public static KeyLinePane Instance { get; } = new();

    public void Render(ScreenModel model, ICanvas canvas)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(canvas);
        var hints = model.Keys.StatusHints();
        var required = hints.Where(h => h.Action is DebuggerAction.Help or DebuggerAction.Quit).ToArray();
        static int WidthOf((string Keys, string Label, DebuggerAction Action) h) => TextCells.Width(h.Keys) + 1 + TextCells.Width(h.Label) + 2;
        var budget = canvas.Width - 1 - required.Sum(WidthOf);
        var shown = new List<(string Keys, string Label, DebuggerAction Action)>();
        foreach (var hint in hints.Except(required))
        {
            if (WidthOf(hint) > budget)
            {
                break;
            }

            budget -= WidthOf(hint);
            shown.Add(hint);
        }

        shown.AddRange(required);
        var x = 1;
        foreach (var (keys, label, _) in shown)
        {
            x = canvas.Put(x, 0, keys, Role.KeyName);
            x = canvas.Put(x + 1, 0, label, Role.Dim) + 2;
        }
    }
}
