using ArDivergence.Core.Metrics;

namespace ArDivergence.Core.Tests;

public sealed class MetricValueTests
{
    [Fact]
    public void A_number_is_above_a_threshold_like_the_plain_double_was()
    {
        Assert.True(MetricValue.Of(0.3).IsAbove(0.2));
        Assert.False(MetricValue.Of(0.2).IsAbove(0.2));
        Assert.Equal(0.3, MetricValue.Of(0.3).Number);
    }

    [Fact]
    public void An_interval_is_above_a_threshold_only_when_its_lower_end_is()
    {
        var interval = MetricValue.Between(0.1, 0.3);

        Assert.True(interval.IsAbove(0.05));
        Assert.False(interval.IsAbove(0.2));
        Assert.Null(interval.Number);
        Assert.Equal((0.1, 0.3), (interval.Low, interval.High));
    }

    [Fact]
    public void Absent_is_never_above_anything_and_is_what_a_missing_number_becomes()
    {
        Assert.Equal(MetricValue.Absent, MetricValue.Of((double?)null));
        Assert.True(MetricValue.Absent.IsAbsent);
        Assert.False(MetricValue.Absent.IsAbove(-1));
        Assert.Null(MetricValue.Absent.Number);
    }

    [Fact]
    public void An_interval_upside_down_is_refused()
    {
        Assert.Throws<ArgumentException>(() => MetricValue.Between(0.3, 0.1));
    }
}
