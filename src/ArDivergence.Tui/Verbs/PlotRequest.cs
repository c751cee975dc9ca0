namespace ArDivergence.Tui.Verbs;

/// <summary>The arguments of `ardiv plot`.</summary>
internal sealed record PlotRequest(
    string Csv,
    string? X,
    string? Y,
    string By,
    bool LogX,
    bool LogY,
    bool Frontier,
    string Output,
    int Width,
    int Height);
