namespace ArDivergence.Tui.Plotting;

/// <summary>One point of a series; <see cref="Low"/> and <see cref="High"/> bound it when it is an estimate with an interval.</summary>
public readonly record struct PlotPoint(double X, double Y, double? Low = null, double? High = null)
{
    public bool HasInterval => Low is not null && High is not null;
}
