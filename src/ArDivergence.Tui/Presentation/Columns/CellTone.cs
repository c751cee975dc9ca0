namespace ArDivergence.Tui.Presentation.Columns;

/// <summary>How a cell is coloured on screen; the views map a tone to their theme.</summary>
public enum CellTone
{
    Normal,
    Valid,
    Invalid,
    Forced,
}
