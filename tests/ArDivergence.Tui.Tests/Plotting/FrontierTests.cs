using ArDivergence.Tui.Plotting;
using CsCheck;

namespace ArDivergence.Tui.Tests.Plotting;

/// <summary>The frontier marks exactly the non-dominated points, per lane kind.</summary>
public sealed class FrontierTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ardiv-frontier-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_front_of_a_hand_made_table_is_its_non_dominated_rows_per_kind()
    {
        // autoregressive: (10, 0.5) (20, 0.3) (30, 0.3) (40, 0.1) (15, 0.6) → front 10, 20, 40 (30 ties 20 on error but costs more;
        // 15 is beaten by 10 on both). mpc: (5, 0.9) (50, 0.05) (50, 0.05) (60, 0.2) → front 5 and both equal 50s.
        // The mpc row at 5 would dominate autoregressive rows, but fronts are per kind. Lane a's (40, 0.1) comes
        // twice (a lane the grid does not touch repeats its point): drawn and marked once.
        var csv = Path.Combine(_folder, "table.csv");
        File.WriteAllText(csv, """
            point,length,lane,kind,off_manifold_exact,off_manifold_mc,off_manifold_mc_ci95_low,off_manifold_mc_ci95_high,flops_computed,points,scenario
            0,1,a,autoregressive,0.5,,,,10,5,hand
            0,1,b,autoregressive,0.3,,,,20,5,hand
            0,1,c,autoregressive,,0.3,0.2,0.4,30,5,hand
            1,1,a,autoregressive,0.1,,,,40,5,hand
            1,1,b,autoregressive,0.6,,,,15,5,hand
            2,1,m,mpc,0.9,,,,5,5,hand
            3,1,m,mpc,0.05,,,,50,5,hand
            3,1,n,mpc,0.05,,,,50,5,hand
            4,1,m,mpc,0.2,,,,60,5,hand
            4,1,a,autoregressive,0.1,,,,40,5,hand
            """);
        var chart = SweepCharts.Frontier(SweepTable.Read(csv), logX: true, logY: false);

        Assert.Equal([(10, 0.5), (20, 0.3), (40, 0.1)], Front(chart, "autoregressive"));
        Assert.Equal([(5, 0.9), (50, 0.05), (50, 0.05)], Front(chart, "mpc"));
        Assert.Equal(5, chart.Series.Single(s => s.Name == "autoregressive").Points.Count);
        Assert.StartsWith("hand: error–compute frontier", chart.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_points_are_undominated_and_every_other_point_is_dominated_by_one_of_them()
    {
        Gen.Select(Gen.Int[0, 20], Gen.Int[0, 20]).Array[0, 40].Sample(raw =>
        {
            var points = raw.Select(p => ((double)p.Item1, (double)p.Item2)).ToArray();
            var front = ParetoFront.Mark(points);
            for (var i = 0; i < points.Length; i++)
            {
                var beaten = points.Any(q => ParetoFront.Dominates(q, points[i]));
                Assert.Equal(!beaten, front[i]);
                if (!front[i])
                {
                    Assert.Contains(Enumerable.Range(0, points.Length), j => front[j] && ParetoFront.Dominates(points[j], points[i]));
                }
            }
        });
    }

    private static (double, double)[] Front(PlotChart chart, string kind) =>
        [.. chart.Series.Single(s => s.Name == $"{kind}: Pareto front").Points.Select(p => (p.X, p.Y))];
}
