namespace ArDivergence.Tui.Presentation.Columns;

/// <summary>Where a cell's text sits in its column on screen.</summary>
public enum CellAlignment
{
    Left,
    Right,
}
