namespace ArDivergence.Tui.Sweeps;

/// <summary>One row of a sweep file as merge sees it: what it checks, and the row's text as written.</summary>
internal sealed record ShardRow(long Point, long Points, string Scenario, string Lane, string Raw);
