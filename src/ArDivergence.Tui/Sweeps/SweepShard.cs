using System.Globalization;

namespace ArDivergence.Tui.Sweeps;

/// <summary>
/// `--shard i/n`: this run computes the points p with p mod n = i (0 ≤ i &lt; n), so n runs — a Slurm array
/// job's tasks, a Kubernetes Indexed Job's pods — share a sweep with no coordination and none computes a
/// point twice.
/// </summary>
public sealed record SweepShard(int Index, int Count)
{
    public static SweepShard Whole { get; } = new(0, 1);

    public bool Contains(long point) => point % Count == Index;

    /// <summary>The points of a grid of <paramref name="points"/> that are this shard's, in order.</summary>
    public IEnumerable<long> PointsOf(long points)
    {
        for (long p = Index; p < points; p += Count)
        {
            yield return p;
        }
    }

    public static SweepShard Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length == 2 &&
            int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index) &&
            int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) &&
            count >= 1 && index < count)
        {
            return new SweepShard(index, count);
        }

        throw new FormatException($"--shard '{text}': write i/n with 0 <= i < n, e.g. --shard $SLURM_ARRAY_TASK_ID/8");
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
