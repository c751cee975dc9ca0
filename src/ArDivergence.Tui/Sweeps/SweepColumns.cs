namespace ArDivergence.Tui.Sweeps;

/// <summary>The names of the columns a sweep adds around the estimate's lane columns.</summary>
public static class SweepColumns
{
    /// <summary>The point's number, from 0, in the order of the Cartesian product.</summary>
    public const string Point = "point";

    public const string Lane = "lane";

    public const string Kind = "kind";

    /// <summary>How many points the whole sweep has (every shard): how `sweep merge` knows which are missing.</summary>
    public const string Points = "points";

    /// <summary>The scenario's name: merge checks shards agree on it, plot titles with it.</summary>
    public const string Scenario = "scenario";
}
