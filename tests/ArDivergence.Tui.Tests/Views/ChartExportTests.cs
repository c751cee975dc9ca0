using System.Xml.Linq;
using ArDivergence.Tui.Views;
using SkiaSharp;
using Terminal.Gui.Input;

namespace ArDivergence.Tui.Tests.Views;

/// <summary>`e` in the debugger writes the chart in view and the compute bars as SVG and PNG, and says where.</summary>
public sealed class ChartExportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ardiv-export-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void E_exports_both_charts_in_both_formats_and_names_the_place_on_the_message_line()
    {
        using var tui = new TuiHarness(options: TuiHarness.Defaults() with { ExportFolder = _folder }, width: 200);
        tui.Press(Key.N, Key.N, Key.N, Key.E);

        var files = Directory.GetFiles(_folder).Select(f => Path.GetFileName(f)).Order().ToArray();
        Assert.Equal(
            ["is-ar-doomed-seed7-t3-compute.png", "is-ar-doomed-seed7-t3-compute.svg", "is-ar-doomed-seed7-t3-off_manifold.png", "is-ar-doomed-seed7-t3-off_manifold.svg"],
            files);
        Assert.Contains(tui.Lines, line => line.Contains($"charts exported: {Path.Combine(_folder, "is-ar-doomed-seed7-t3")}", StringComparison.Ordinal));

        foreach (var png in files.Where(f => f.EndsWith(".png", StringComparison.Ordinal)))
        {
            using var bitmap = SKBitmap.Decode(Path.Combine(_folder, png));
            Assert.True(bitmap is { Width: > 0, Height: > 0 }, png);
            Assert.True(bitmap.Pixels.Distinct().Count() > 10, $"{png} is blank");
        }

        var svg = XDocument.Load(Path.Combine(_folder, "is-ar-doomed-seed7-t3-off_manifold.svg"));
        var text = string.Concat(svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        Assert.Contains("off_manifold vs t", text, StringComparison.Ordinal);
        Assert.Contains("mpc", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_off_manifold_chart_has_each_lanes_curve_as_far_as_it_is_known()
    {
        using var tui = new TuiHarness(options: TuiHarness.Defaults() with { ExportFolder = _folder });
        tui.Press(Key.N, Key.N);
        var chart = ChartExport.OffManifold(tui.Controller);

        // ar: e = 0.01 on invalid tokens at every step, so off_manifold(t) = 1 − 0.99^t exactly, for every t to L.
        var ar = chart.Series.Single(s => s.Name == "ar");
        Assert.Equal(tui.Snapshot.Length, ar.Points.Count);
        Assert.All(ar.Points, p => Assert.Equal(1 - Math.Pow(0.99, p.X), p.Y, 1e-12));
        Assert.Equal(2, chart.Series.Single(s => s.Name.StartsWith("lecun_naive of ar", StringComparison.Ordinal)).Points.Count);
    }
}
