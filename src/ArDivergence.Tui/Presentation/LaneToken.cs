namespace ArDivergence.Tui.Presentation;

/// <summary>
/// One token a lane can emit, for a picker: its id in the lane's own tokens (or the scenario vocabulary), the
/// text a command names it by, and the text shown for it.
/// </summary>
public sealed record LaneToken(int Id, string Text, string Shown);
