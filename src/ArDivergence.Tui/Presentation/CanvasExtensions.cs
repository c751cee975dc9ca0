namespace ArDivergence.Tui.Presentation;

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
