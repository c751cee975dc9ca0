namespace ArDivergence.Tui.Presentation;

/// <summary>One plotted cell: which lane, and whether it is the naive (lecun) curve.</summary>
public readonly record struct ChartPoint(int Column, int Row, int Lane, bool Naive);
