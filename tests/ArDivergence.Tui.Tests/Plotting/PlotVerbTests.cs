using System.Xml.Linq;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Plotting;
using ArDivergence.Tui.Tests.Verbs;
using SkiaSharp;

namespace ArDivergence.Tui.Tests.Plotting;

/// <summary>`ardiv plot` writes valid PNG and SVG headless, from a real sweep's CSV.</summary>
public sealed class PlotVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ardiv-plot-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_png_decodes_at_the_size_asked_and_is_not_blank()
    {
        var csv = Sweep("--set", "length=lin:5..60:6");
        var png = Path.Combine(_folder, "f.png");
        var (exit, _, error) = CliRunner.Run("plot", csv, "--x", "length", "--y", "off_manifold", "-o", png, "--width", "640", "--height", "420");
        Assert.True(exit == 0, error);

        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal((640, 420), (bitmap.Width, bitmap.Height));
        var pixels = bitmap.Pixels;
        var background = pixels[0];
        var drawn = pixels.Count(p => p != background);

        // Axes, three lines, labels and a legend: far more than a few stray pixels, far less than a fill.
        Assert.InRange(drawn, pixels.Length / 50, pixels.Length / 2);
        Assert.True(pixels.Distinct().Count() > 20, "a chart has anti-aliased lines and text in several colours");
    }

    [Fact]
    public void An_svg_is_xml_with_the_title_and_one_line_per_lane()
    {
        var csv = Sweep("--set", "length=5,10,20");
        var svg = Path.Combine(_folder, "f.svg");
        var (exit, _, error) = CliRunner.Run("plot", csv, "--x", "length", "--y", "off_manifold", "--log-y", "-o", svg);
        Assert.True(exit == 0, error);
        var document = XDocument.Load(svg);
        Assert.Equal("svg", document.Root!.Name.LocalName);
        var text = string.Concat(document.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        Assert.Contains("is-ar-doomed: off_manifold vs length", text, StringComparison.Ordinal);
        Assert.Contains("one-shot", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Monte_carlo_rows_give_points_with_their_interval()
    {
        var table = SweepTable.Read(Sweep("--set", "length=5,10", "--method", "mc", "--samples", "200"));
        var chart = SweepCharts.Lines(table, "length", "off_manifold", "lane", logX: false, logY: false);
        Assert.Equal(3, chart.Series.Count);
        Assert.All(chart.Series.SelectMany(s => s.Points), p =>
        {
            Assert.True(p.HasInterval);
            Assert.InRange(p.Y, p.Low!.Value, p.High!.Value);
        });
    }

    [Fact]
    public void Other_keys_that_vary_split_the_series()
    {
        var table = SweepTable.Read(Sweep("--set", "length=5,10", "--set", "generators.ar.model.error=0.01,0.1"));
        var chart = SweepCharts.Lines(table, "length", "off_manifold", "lane", logX: false, logY: false);
        Assert.Equal(6, chart.Series.Count);
        Assert.Contains(chart.Series, s => s.Name == "ar (error=0.1)");
    }

    [Theory]
    [InlineData("--x", "lenght", "--x lenght: ")]
    [InlineData("--y", "nothing", "--y nothing: ")]
    public void A_missing_column_is_named_with_the_columns_there_are(string option, string value, string fragment)
    {
        var csv = Sweep("--set", "length=5,10");
        string[] args = option == "--x"
            ? ["plot", csv, "--x", value, "--y", "off_manifold", "-o", Path.Combine(_folder, "x.png")]
            : ["plot", csv, "--x", "length", "--y", value, "-o", Path.Combine(_folder, "x.png")];
        var (exit, _, error) = CliRunner.Run(args);
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains(fragment, error, StringComparison.Ordinal);
        Assert.Contains("flops_computed", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_png_and_svg_are_written()
    {
        var (exit, _, error) = CliRunner.Run("plot", Sweep("--set", "length=5"), "--frontier", "-o", Path.Combine(_folder, "f.jpg"));
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains(".png or .svg", error, StringComparison.Ordinal);
    }

    private string Sweep(params string[] sets)
    {
        var path = Path.Combine(_folder, $"sweep{Guid.NewGuid():N}.csv");
        var (exit, _, error) = CliRunner.Run(["sweep", "is-ar-doomed", .. sets, "-o", path]);
        Assert.True(exit == 0, error);
        return path;
    }
}
