namespace ArDivergence.Tui.Output;

public enum OutputFormat
{
    /// <summary>Aligned text for a terminal (the default when stdout is one).</summary>
    Table,

    /// <summary>One JSON document (the default when stdout is redirected).</summary>
    Json,

    /// <summary>One row per step or lane with a header, for spreadsheets and pandas.</summary>
    Csv,
}
