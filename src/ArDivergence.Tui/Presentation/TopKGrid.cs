namespace ArDivergence.Tui.Presentation;

/// <summary>The top-k pane with every lane side by side: one column per lane, token, ✓/✗, a bar when there is room, and p.</summary>
public static class TopKGrid
{
    /// <summary>The columns "a ✓ 0.6415" needs: token, mark and probability with a space between each (the emitted token is in reverse video; its ◀ only shows where there is room).</summary>
    public static int Needed(int tokenWidth, int probabilityWidth) => tokenWidth + 3 + probabilityWidth;

    /// <summary>Each lane's column width, or null when <paramref name="lanes"/> columns of what they need do not fit (then the pane shows the focused lane).</summary>
    public static int? ColumnWidth(int width, int lanes, int tokenWidth, int probabilityWidth)
    {
        if (lanes < 2)
        {
            return null;
        }

        var column = (width - (lanes - 1)) / lanes;
        return column >= Needed(tokenWidth, probabilityWidth) ? column : null;
    }

    /// <summary>The bar's width in a column: what is left after token, mark, probability, a space and the emitted marker " ◀", or 0 below 3 cells.</summary>
    public static int BarWidth(int columnWidth, int tokenWidth, int probabilityWidth)
    {
        var left = columnWidth - Needed(tokenWidth, probabilityWidth) - 3;
        return left >= 3 ? Math.Min(left, 20) : 0;
    }
}
