namespace ArDivergence.Tui.Presentation;

/// <summary>A y-axis tick of the chart: the plot row of a round value, and its label.</summary>
public readonly record struct ChartTick(int Row, string Label);
