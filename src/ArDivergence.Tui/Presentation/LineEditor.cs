namespace ArDivergence.Tui.Presentation;

/// <summary>A one-line text field's state: text and cursor (in characters).</summary>
public sealed class LineEditor
{
    public LineEditor(string text = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Cursor = text.Length;
    }

    public string Text { get; private set; }

    public int Cursor { get; private set; }

    public void Set(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Cursor = text.Length;
    }

    public void Insert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = Text[..Cursor] + text + Text[Cursor..];
        Cursor += text.Length;
    }

    public void Backspace()
    {
        if (Cursor == 0)
        {
            return;
        }

        var remove = Cursor >= 2 && char.IsSurrogatePair(Text[Cursor - 2], Text[Cursor - 1]) ? 2 : 1;
        Text = Text[..(Cursor - remove)] + Text[Cursor..];
        Cursor -= remove;
    }

    public void Delete()
    {
        if (Cursor >= Text.Length)
        {
            return;
        }

        var remove = Cursor + 1 < Text.Length && char.IsSurrogatePair(Text[Cursor], Text[Cursor + 1]) ? 2 : 1;
        Text = Text[..Cursor] + Text[(Cursor + remove)..];
    }

    public void Left() => Cursor = Math.Max(0, Cursor - 1);

    public void Right() => Cursor = Math.Min(Text.Length, Cursor + 1);

    public void Home() => Cursor = 0;

    public void End() => Cursor = Text.Length;

    /// <summary>Applies an editing key (Terminal.Gui spelling) or printable text; false when the key is not an editing key.</summary>
    public bool Handle(string key, string? text)
    {
        ArgumentNullException.ThrowIfNull(key);
        switch (key)
        {
            case "Backspace":
                Backspace();
                return true;
            case "Delete":
                Delete();
                return true;
            case "CursorLeft":
                Left();
                return true;
            case "CursorRight":
                Right();
                return true;
            case "Home":
            case "Ctrl+A":
                Home();
                return true;
            case "End":
            case "Ctrl+E":
                End();
                return true;
            case "Ctrl+U":
                Set("");
                return true;
            default:
                if (text is { Length: > 0 })
                {
                    Insert(text);
                    return true;
                }

                return false;
        }
    }
}
