namespace ArDivergence.Tui.Sweeps;

/// <summary>How sweep rows are written: CSV (the default) or a JSON array of one object per row.</summary>
public enum SweepFormat
{
    Csv,
    Json,
}
