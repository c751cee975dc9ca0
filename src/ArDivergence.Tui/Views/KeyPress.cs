namespace ArDivergence.Tui.Views;

/// <summary>A key as the controller sees it: its name in Terminal.Gui's spelling ("n", "Shift+F10", "Esc") and the text it types, if any.</summary>
internal sealed record KeyPress(string Name, string? Text = null);
