namespace ArDivergence.Tui.Presentation;

/// <summary>Somewhere to write text in roles; coordinates are columns and rows from the top left.</summary>
internal interface ICanvas
{
    int Width { get; }

    int Height { get; }

    /// <summary>Writes text from (column, row), cut at the right edge (text, not fill, ends in "…" where it is cut).</summary>
    void Write(int column, int row, string text, Role role);
}
