using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.Rendering;

/// <summary>Somewhere to write text in roles; coordinates are columns and rows from the top left.</summary>
internal interface ICanvas
{
    int Width { get; }

    int Height { get; }

    /// <summary>Writes text from (column, row), cut at the right edge (text, not fill, ends in "…" where it is cut).</summary>
    void Write(int column, int row, string text, Role role);
}

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

internal static class CanvasExtensions
{
    public static ICanvas Region(this ICanvas canvas, Area area) => new AreaCanvas(canvas, area);

    /// <summary>Fills a row from <paramref name="column"/> to the right edge with spaces.</summary>
    public static void ClearRow(this ICanvas canvas, int row, Role role = Role.Normal, int column = 0) =>
        canvas.Write(column, row, new string(' ', Math.Max(0, canvas.Width - column)), role);

    public static void Clear(this ICanvas canvas, Role role = Role.Normal)
    {
        for (var row = 0; row < canvas.Height; row++)
        {
            canvas.ClearRow(row, role);
        }
    }

    /// <summary>Writes text and returns the column after it.</summary>
    public static int Put(this ICanvas canvas, int column, int row, string text, Role role)
    {
        canvas.Write(column, row, text, role);
        return column + TextCells.Width(text);
    }

    /// <summary>A pane title: "─ Title ───…─ right ─".</summary>
    public static void TitleRow(this ICanvas canvas, int row, string title, string? right = null, Role role = Role.Header)
    {
        canvas.Write(0, row, new string('─', canvas.Width), Role.Border);
        var end = canvas.Put(1, row, " " + TextCells.Fit(title, Math.Max(0, canvas.Width - 4)) + " ", role);
        if (right is not null)
        {
            var text = " " + right + " ";
            var x = canvas.Width - 1 - TextCells.Width(text);
            if (x > end)
            {
                canvas.Write(x, row, text, Role.Dim);
            }
        }
    }
}
