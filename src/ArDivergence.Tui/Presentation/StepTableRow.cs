using ArDivergence.Tui.Presentation.Columns;

namespace ArDivergence.Tui.Presentation;

/// <summary>One step of the focused lane, as text cells and their tones in <see cref="StepTable.Columns"/> order.</summary>
public sealed record StepTableRow(int T, IReadOnlyList<string> Cells, IReadOnlyList<CellTone> Tones, bool OnManifold, bool Forced)
{
    /// <summary>The cell of the column with this JSON/CSV key.</summary>
    public string Cell(string key) => Cells[StepTable.IndexOf(key)];
}
