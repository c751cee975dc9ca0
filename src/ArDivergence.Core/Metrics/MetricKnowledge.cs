namespace ArDivergence.Core.Metrics;

/// <summary>How much of a metric is known (see <see cref="MetricValue"/>).</summary>
public enum MetricKnowledge
{
    Absent,
    Number,
    Interval,
}
