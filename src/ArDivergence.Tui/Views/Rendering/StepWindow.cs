using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Views.Rendering;

/// <summary>
/// The part of the focused lane's step table a frame shows: which rows (only those are formatted), their
/// column widths, and which columns fit after the horizontal scroll. Worked out before drawing, so the
/// scroll is clamped in the state and the pane only draws.
/// </summary>
internal sealed record StepWindow(
    int First,
    int Total,
    IReadOnlyList<StepTableRow> Rows,
    IReadOnlyList<int> Widths,
    IReadOnlyList<int> Columns,
    int MaxScroll,
    bool HiddenLeft,
    bool HiddenRight);
