namespace ArDivergence.Tui.Presentation.Columns;

/// <summary>
/// The value of one column for one step: absent, a number, a whole count, an interval [low, high], text or a
/// flag. Every output renders it the same way (<see cref="ColumnText"/>, and the JSON, CSV and log writers),
/// so a metric that becomes an interval changes only its column's getter.
/// </summary>
public readonly record struct ColumnValue
{
    private ColumnValue(ColumnValueKind kind, double low, double high, long whole, string? text, bool flag)
    {
        Kind = kind;
        Low = low;
        High = high;
        Whole = whole;
        _text = text;
        Flag = flag;
    }

    private readonly string? _text;

    public static ColumnValue Absent => default;

    public ColumnValueKind Kind { get; }

    /// <summary>The number of a <see cref="ColumnValueKind.Number"/>, or the low end of an interval.</summary>
    public double Low { get; }

    /// <summary>The high end of an interval (equal to <see cref="Low"/> for a number).</summary>
    public double High { get; }

    public double Number => Low;

    public long Whole { get; }

    public string Text => _text ?? "";

    public bool Flag { get; }

    public bool IsAbsent => Kind == ColumnValueKind.Absent;

    public static ColumnValue Of(double? number) =>
        number is double value ? new ColumnValue(ColumnValueKind.Number, value, value, 0, null, false) : Absent;

    public static ColumnValue Of(long whole) => new(ColumnValueKind.Whole, whole, whole, whole, null, false);

    public static ColumnValue Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(ColumnValueKind.Text, 0, 0, 0, text, false);
    }

    public static ColumnValue Of(bool? flag) =>
        flag is bool value ? new ColumnValue(ColumnValueKind.Flag, 0, 0, 0, null, value) : Absent;

    public static ColumnValue Between(double low, double high) => new(ColumnValueKind.Interval, low, high, 0, null, false);
}
