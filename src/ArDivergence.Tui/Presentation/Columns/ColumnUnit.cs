using System.Globalization;

namespace ArDivergence.Tui.Presentation.Columns;

/// <summary>What a column's numbers measure, and how text shows one of them (<see cref="Units"/>).</summary>
public sealed record ColumnUnit(string Name, Func<double, string> Format)
{
    public static ColumnUnit Probability { get; } = new("probability", p => Units.Probability(p));

    public static ColumnUnit Flops { get; } = new("FLOPs", Units.Flops);

    // Whole counts are held exactly (ColumnValue.Whole); the cast only undoes ColumnText's widening.
    public static ColumnUnit Bytes { get; } = new("bytes", b => Units.Bytes((long)b));

    public static ColumnUnit Count { get; } = new("count", n => ((long)n).ToString(CultureInfo.InvariantCulture));

    /// <summary>Text, tokens and flags: nothing to scale.</summary>
    public static ColumnUnit None { get; } = new("", n => n.ToString("R", CultureInfo.InvariantCulture));
}
