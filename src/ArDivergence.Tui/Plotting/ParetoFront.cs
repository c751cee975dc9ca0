namespace ArDivergence.Tui.Plotting;

/// <summary>
/// The Pareto front of points where less is better on both axes (compute and error): the points no other
/// point dominates, i.e. none is at most as large on both and smaller on one. Equal points do not dominate
/// each other. Quadratic on purpose: a sweep's lanes of one kind are at most thousands of points, and the
/// definition is then the code.
/// </summary>
public static class ParetoFront
{
    /// <summary>For each point, whether it is on the front.</summary>
    public static bool[] Mark(IReadOnlyList<(double X, double Y)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var front = new bool[points.Count];
        for (var i = 0; i < points.Count; i++)
        {
            front[i] = !Enumerable.Range(0, points.Count).Any(j => Dominates(points[j], points[i]));
        }

        return front;
    }

    public static bool Dominates((double X, double Y) a, (double X, double Y) b) =>
        a.X <= b.X && a.Y <= b.Y && (a.X < b.X || a.Y < b.Y);
}
