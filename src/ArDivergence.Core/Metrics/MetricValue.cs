using System.Globalization;

namespace ArDivergence.Core.Metrics;

/// <summary>
/// A metric of one step as far as it is known: absent, a number, or an interval [low, high] (e.g. the
/// token error of a lane that knows only the top-k of each distribution).
/// </summary>
public readonly record struct MetricValue
{
    private MetricValue(MetricKnowledge knowledge, double low, double high)
    {
        Knowledge = knowledge;
        Low = low;
        High = high;
    }

    public static MetricValue Absent => default;

    public MetricKnowledge Knowledge { get; }

    /// <summary>The value, or the interval's lower end (0 when absent).</summary>
    public double Low { get; }

    /// <summary>The value, or the interval's upper end (0 when absent).</summary>
    public double High { get; }

    public bool IsAbsent => Knowledge == MetricKnowledge.Absent;

    /// <summary>The value when it is a number; null when absent or an interval.</summary>
    public double? Number => Knowledge == MetricKnowledge.Number ? Low : null;

    public static MetricValue Of(double value) => new(MetricKnowledge.Number, value, value);

    public static MetricValue Of(double? value) => value is { } number ? Of(number) : Absent;

    public static MetricValue Between(double low, double high) => low <= high
        ? new(MetricKnowledge.Interval, low, high)
        : throw new ArgumentException($"an interval needs low <= high, not [{low}, {high}]", nameof(low));

    /// <summary>Whether the value is certainly above <paramref name="threshold"/> (an interval: its lower end is).</summary>
    public bool IsAbove(double threshold) => !IsAbsent && Low > threshold;

    public override string ToString() => Knowledge switch
    {
        MetricKnowledge.Number => Low.ToString("R", CultureInfo.InvariantCulture),
        MetricKnowledge.Interval => string.Create(CultureInfo.InvariantCulture, $"[{Low:R}, {High:R}]"),
        _ => "absent",
    };
}
