namespace ArDivergence.Tui.Plotting;

public enum ChartFormat
{
    Png,
    Svg,
}
