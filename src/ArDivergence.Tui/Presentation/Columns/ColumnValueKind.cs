namespace ArDivergence.Tui.Presentation.Columns;

/// <summary>What a <see cref="ColumnValue"/> holds.</summary>
public enum ColumnValueKind
{
    /// <summary>Not defined here (token_error once the prefix is off; off_manifold not known yet).</summary>
    Absent,

    /// <summary>A real number (probabilities, FLOPs).</summary>
    Number,

    /// <summary>A count that must stay an integer in every format (t, bytes).</summary>
    Whole,

    /// <summary>Bounds [low, high] on a metric that is not known exactly (a trace lane's token_error, a 95% interval).</summary>
    Interval,

    /// <summary>Text, such as a token.</summary>
    Text,

    /// <summary>A yes/no fact, such as on_manifold.</summary>
    Flag,
}
