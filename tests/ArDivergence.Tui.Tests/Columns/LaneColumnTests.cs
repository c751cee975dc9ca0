using System.Globalization;
using System.Text.Json;
using ArDivergence.Core.Metrics;
using ArDivergence.Tui.Output;
using ArDivergence.Tui.Presentation.Columns;

namespace ArDivergence.Tui.Tests.Columns;

/// <summary>`ardiv estimate` prints its per-lane columns from <see cref="LaneColumns"/>, intervals and absent values included.</summary>
public class LaneColumnTests
{
    // 4 runs, one off at t = 1 and one at t = 2: off_manifold at L = 2 is 2/4.
    private static readonly EstimateLane WithMonteCarlo = new(
        "sampled", "ar", null, new FirstOffHistogram([0, 1, 1], 4), 2, 0.75, 0.5, new(2_000_000, 0, 1_000_000, 36_864));

    private static readonly EstimateLane ExactOnly = WithMonteCarlo with { Name = "exact", OffManifoldExact = 0.25, MonteCarlo = null, MeanTokenError = null };

    [Fact]
    public void Json_groups_the_Monte_Carlo_columns_and_writes_null_without_them()
    {
        var report = new EstimateReport("hand", 1, 2, [WithMonteCarlo, ExactOnly]);
        using var json = JsonDocument.Parse(report.Render(OutputFormat.Json, false));
        var lanes = json.RootElement.GetProperty("lanes");

        var mc = lanes[0].GetProperty("off_manifold_mc");
        var interval = WilsonInterval.Of95(2, 4);
        Assert.Equal(0.5, mc.GetProperty("estimate").GetDouble());
        Assert.Equal([interval.Lower, interval.Upper], mc.GetProperty("ci95").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal(4, mc.GetProperty("samples").GetInt64());
        Assert.Equal(JsonValueKind.Null, lanes[0].GetProperty("off_manifold_exact").ValueKind);

        Assert.Equal(JsonValueKind.Null, lanes[1].GetProperty("off_manifold_mc").ValueKind);
        Assert.Equal(0.25, lanes[1].GetProperty("off_manifold_exact").GetDouble());
        Assert.Equal(JsonValueKind.Null, lanes[1].GetProperty("path_mean_token_error").ValueKind);
        Assert.Equal(
            ["name", "kind", "off_manifold_exact", "off_manifold_mc", "lecun_naive", "mean_token_error", "path_lecun_naive",
             "path_mean_token_error", "flops_computed", "flops_recomputed", "flops_reused", "flops_discarded", "kv_cache_bytes_peak"],
            lanes[1].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Csv_has_the_interval_as_two_fields_and_leaves_absent_values_empty()
    {
        var lines = new EstimateReport("hand", 1, 2, [WithMonteCarlo, ExactOnly]).Render(OutputFormat.Csv, false).Split('\n');
        var header = lines[0].Split(',');
        string Field(int lane, string key) => lines[1 + lane].Split(',')[Array.IndexOf(header, key)];
        var interval = WilsonInterval.Of95(2, 4);

        Assert.DoesNotContain("lecun_naive", header);
        Assert.Equal(interval.Lower.ToString("R", CultureInfo.InvariantCulture), Field(0, "off_manifold_mc_ci95_low"));
        Assert.Equal(interval.Upper.ToString("R", CultureInfo.InvariantCulture), Field(0, "off_manifold_mc_ci95_high"));
        Assert.Equal("4", Field(0, "mc_samples"));
        Assert.Equal("", Field(0, "off_manifold_exact"));
        Assert.Equal("", Field(1, "off_manifold_mc_ci95_low"));
        Assert.Equal("", Field(1, "mc_samples"));
        Assert.Equal("", Field(1, "path_mean_token_error"));
    }

    [Fact]
    public void The_table_shows_the_Monte_Carlo_estimate_with_its_interval_and_a_dash_without()
    {
        var table = new EstimateReport("hand", 1, 2, [WithMonteCarlo, ExactOnly]).Render(OutputFormat.Table, false);
        var interval = WilsonInterval.Of95(2, 4);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"0.5000 [{interval.Lower:0.0000}, {interval.Upper:0.0000}] n=4"), table, StringComparison.Ordinal);
        var exactRow = table.Split('\n').Single(l => l.StartsWith("exact", StringComparison.Ordinal));
        Assert.Contains("0.2500", exactRow, StringComparison.Ordinal);
        Assert.Contains(" - ", exactRow, StringComparison.Ordinal);
    }
}
