using System.Text;

namespace ArDivergence.Tui.Presentation;

/// <summary>
/// A canvas in memory: the text and role of every cell, with no terminal. Panes render into it the way
/// they render into the screen, so they are snapshot-tested without Terminal.Gui, and headless verbs can
/// print them. A wide character takes two cells (the second one holds nothing).
/// </summary>
internal sealed class PlainTextCanvas : ICanvas
{
    private readonly string[,] _cells;
    private readonly Role[,] _roles;

    public PlainTextCanvas(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        ArgumentOutOfRangeException.ThrowIfNegative(height);
        Width = width;
        Height = height;
        _cells = new string[height, width];
        _roles = new Role[height, width];
        for (var row = 0; row < height; row++)
        {
            for (var column = 0; column < width; column++)
            {
                _cells[row, column] = " ";
            }
        }
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Every row as text, trailing spaces removed.</summary>
    public IReadOnlyList<string> Lines => [.. Enumerable.Range(0, Height).Select(Line)];

    public void Write(int column, int row, string text, Role role)
    {
        if (row < 0 || row >= Height || column < 0 || column >= Width || string.IsNullOrEmpty(text))
        {
            return;
        }

        foreach (var rune in TextCells.Take(text, Width - column).EnumerateRunes())
        {
            var width = TextCells.Width(rune);
            if (width == 0)
            {
                // A combining mark belongs to the cell before it.
                if (column > 0)
                {
                    _cells[row, column - 1] += rune.ToString();
                }

                continue;
            }

            if (column + width > Width)
            {
                break;
            }

            _cells[row, column] = rune.ToString();
            _roles[row, column] = role;
            for (var extra = 1; extra < width; extra++)
            {
                _cells[row, column + extra] = "";
                _roles[row, column + extra] = role;
            }

            column += width;
        }
    }

    /// <summary>One row as text, trailing spaces removed.</summary>
    public string Line(int row)
    {
        var line = new StringBuilder(Width);
        for (var column = 0; column < Width; column++)
        {
            line.Append(_cells[row, column]);
        }

        return line.ToString().TrimEnd(' ');
    }

    public Role RoleAt(int column, int row) => _roles[row, column];

    /// <summary>A cell's text: one character (with its combining marks), or "" for the second cell of a wide one.</summary>
    public string TextAt(int column, int row) => _cells[row, column];

    /// <summary>The canvas as text: one line per row, trailing spaces removed.</summary>
    public override string ToString() => string.Join('\n', Lines);
}
