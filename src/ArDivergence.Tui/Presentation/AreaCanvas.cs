namespace ArDivergence.Tui.Presentation;

/// <summary>A rectangle of another canvas, with its own origin and clipping.</summary>
internal sealed class AreaCanvas(ICanvas inner, Area area) : ICanvas
{
    public int Width => area.Width;

    public int Height => area.Height;

    public void Write(int column, int row, string text, Role role)
    {
        if (row < 0 || row >= area.Height || column >= area.Width || string.IsNullOrEmpty(text))
        {
            return;
        }

        while (column < 0 && text.Length > 0)
        {
            var rune = System.Text.Rune.GetRuneAt(text, 0);
            column += TextCells.Width(rune);
            text = text[rune.Utf16SequenceLength..];
        }

        if (column < 0 || text.Length == 0)
        {
            return;
        }

        inner.Write(area.X + column, area.Y + row, TextCells.Clip(text, area.Width - column), role);
    }
}
