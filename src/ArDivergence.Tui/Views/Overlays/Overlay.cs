using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.Overlays;

/// <summary>
/// A dialog drawn over the main screen. The host gives it every key first; Esc closes it when
/// it does not use Esc itself. Dialogs are part of the one screen (no nested main loop), so they are
/// driven and tested like the rest.
/// </summary>
internal abstract class Overlay(IOverlayHost host)
{
    protected IOverlayHost Host { get; } = host;

    public abstract string Title { get; }

    /// <summary>The key hints in the bottom border.</summary>
    public virtual string Footer => "Esc closes";

    public bool Closed { get; private set; }

    public void Close() => Closed = true;

    /// <summary>The box size (border included) for a screen size.</summary>
    public virtual (int Width, int Height) Size(int screenWidth, int screenHeight) =>
        (Math.Min(screenWidth - 2, 100), Math.Min(screenHeight - 2, 24));

    /// <summary>Draws the inside of the box.</summary>
    public abstract void Draw(ICanvas canvas);

    /// <summary>True when the key was used.</summary>
    public abstract bool HandleKey(KeyPress key);

    /// <summary>Moves a selection index by a navigation key; null when the key is not one.</summary>
    protected static int? Navigate(string key, int index, int count, int page = 10) => key switch
    {
        "CursorUp" or "k" => Math.Max(0, index - 1),
        "CursorDown" or "j" => Math.Min(count - 1, index + 1),
        "PageUp" => Math.Max(0, index - page),
        "PageDown" => Math.Min(count - 1, index + page),
        "Home" => 0,
        "End" => count - 1,
        _ => null,
    };

    /// <summary>The first row to show so that <paramref name="selected"/> is visible in <paramref name="rows"/> rows.</summary>
    protected static int ScrollFor(int selected, int scroll, int rows)
    {
        if (rows <= 0)
        {
            return 0;
        }

        if (selected < scroll)
        {
            return selected;
        }

        return selected >= scroll + rows ? selected - rows + 1 : scroll;
    }

    /// <summary>Draws a line editor: the text, and the cursor as a reversed cell.</summary>
    protected static void DrawEditor(ICanvas canvas, int column, int row, int width, Presentation.LineEditor editor)
    {
        var text = editor.Text;
        var start = Math.Max(0, editor.Cursor - width + 1);
        var visible = text[start..];
        canvas.Write(column, row, Presentation.TextCells.PadRight(visible, width), Role.Input);
        var cursorColumn = column + Presentation.TextCells.Width(text[start..editor.Cursor]);
        var under = editor.Cursor < text.Length ? text[editor.Cursor].ToString() : " ";
        canvas.Write(cursorColumn, row, under, Role.Selected);
    }
}
