using ArDivergence.Scenarios.Overrides;

namespace ArDivergence.Tui.Sweeps;

/// <summary>
/// The points of a sweep: the Cartesian product of its axes in the order given, the last axis varying
/// fastest, numbered from 0. A point's values are computed from its number (mixed radix), so no list of
/// points is ever held.
/// </summary>
public sealed class SweepGrid
{
    public SweepGrid(IReadOnlyList<SweepAxis> axes)
    {
        ArgumentNullException.ThrowIfNull(axes);
        var doubled = axes.GroupBy(a => a.Key).FirstOrDefault(g => g.Count() > 1);
        if (doubled is not null)
        {
            throw new FormatException($"--set {doubled.Key} is given twice; give all its values in one --set");
        }

        Axes = axes;
        long count = 1;
        foreach (var axis in axes)
        {
            count = axis.Values.Count == 0 || count <= long.MaxValue / axis.Values.Count ? count * axis.Values.Count : long.MaxValue;
        }

        Count = count;
    }

    public IReadOnlyList<SweepAxis> Axes { get; }

    /// <summary>How many points (1 with no axes: the file as written).</summary>
    public long Count { get; }

    /// <summary>The value of each axis at point <paramref name="point"/>, in axis order.</summary>
    public IReadOnlyList<string> ValuesAt(long point)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(point);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(point, Count);
        var values = new string[Axes.Count];
        var rest = point;
        for (var i = Axes.Count - 1; i >= 0; i--)
        {
            var size = Axes[i].Values.Count;
            values[i] = Axes[i].Values[(int)(rest % size)];
            rest /= size;
        }

        return values;
    }

    /// <summary>The overrides that make point <paramref name="point"/> out of the file.</summary>
    public IReadOnlyList<ScenarioOverride> OverridesAt(long point)
    {
        var values = ValuesAt(point);
        return [.. Axes.Select((axis, i) => new ScenarioOverride(axis.Key, values[i]))];
    }

    /// <summary>"length=20, generators.ar.model.error=0.01": how messages name a point.</summary>
    public string Describe(long point)
    {
        var values = ValuesAt(point);
        return Axes.Count == 0 ? "the file as written" : string.Join(", ", Axes.Select((axis, i) => $"{axis.Key}={values[i]}"));
    }
}
