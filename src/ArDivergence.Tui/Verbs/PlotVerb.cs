using System.CommandLine;
using ArDivergence.Tui.Cli;
using ArDivergence.Tui.Plotting;
using ArDivergence.Tui.Sweeps;

namespace ArDivergence.Tui.Verbs;

/// <summary>
/// `ardiv plot CSV --x KEY --y METRIC [--by lane] [--log-x] [--log-y] [--frontier] -o FILE.svg|.png`: a
/// figure of a sweep's CSV, drawn headless (spec §14).
/// </summary>
internal static class PlotVerb
{
    public static Command Command(ConsoleStreams console)
    {
        var csv = new Argument<string>("CSV") { Description = "A CSV written by `ardiv sweep` (or `sweep merge`)." };
        var x = new Option<string?>("--x") { Description = "The column along x: a swept key (length, generators.ar.model.error, ...)." };
        var y = new Option<string?>("--y")
        {
            Description = "The metric along y: a column (flops_computed, path_lecun_naive, ...) or off_manifold (exact, else the Monte Carlo estimate with its 95% interval).",
        };
        var by = new Option<string>("--by") { Description = "One series per value of this column.", DefaultValueFactory = _ => SweepColumns.Lane };
        var logX = new Option<bool>("--log-x") { Description = "Log scale along x (values at or below 0 are left out)." };
        var logY = new Option<bool>("--log-y") { Description = "Log scale along y (values at or below 0 are left out)." };
        var frontier = new Option<bool>("--frontier")
        {
            Description = "off_manifold against flops_computed, one colour per lane kind, each kind's Pareto front joined and labelled.",
        };
        var output = new Option<string>("--output", "-o") { Description = "The figure: FILE.png or FILE.svg.", Required = true };
        var width = new Option<int>("--width") { Description = "Pixels.", DefaultValueFactory = _ => ChartFiles.DefaultWidth };
        var height = new Option<int>("--height") { Description = "Pixels.", DefaultValueFactory = _ => ChartFiles.DefaultHeight };
        var command = new Command("plot", "Draws a sweep's CSV as a PNG or SVG: a metric against a key, one line per lane, or the error–compute frontier.")
        {
            csv, x, y, by, logX, logY, frontier, output, width, height,
        };
        width.Validators.Add(r => RunVerb.Range(r, r.GetValueOrDefault<int>(), 100, 8000));
        height.Validators.Add(r => RunVerb.Range(r, r.GetValueOrDefault<int>(), 100, 8000));
        command.SetAction(result => Execute(
            new PlotRequest(
                result.GetValue(csv)!,
                result.GetValue(x),
                result.GetValue(y),
                result.GetValue(by)!,
                result.GetValue(logX),
                result.GetValue(logY),
                result.GetValue(frontier),
                result.GetValue(output)!,
                result.GetValue(width),
                result.GetValue(height)),
            console));
        return command;
    }

    public static int Execute(PlotRequest request, ConsoleStreams console)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(console);
        if (ChartFiles.FormatOf(request.Output) is null)
        {
            return CliError.Usage(console.Error, $"-o {request.Output}: the figure is written as .png or .svg");
        }

        if (!request.Frontier && (request.X is null || request.Y is null))
        {
            return CliError.Usage(console.Error, "give --x KEY and --y METRIC, or --frontier");
        }

        PlotChart chart;
        try
        {
            var table = SweepTable.Read(request.Csv);
            chart = request.Frontier
                ? SweepCharts.Frontier(table, request.LogX, request.LogY)
                : SweepCharts.Lines(table, request.X!, request.Y!, request.By, request.LogX, request.LogY);
        }
        catch (FormatException bad)
        {
            console.Error.WriteLine($"ardiv: error: {bad.Message}");
            return ExitCodes.BadInput;
        }

        if (chart.Series.All(s => s.Points.Count == 0))
        {
            console.Error.WriteLine($"ardiv: error: {request.Csv}: no row has numbers in both columns; nothing to draw");
            return ExitCodes.BadInput;
        }

        try
        {
            ChartFiles.Write(new ScottPlotRenderer(), chart, request.Output, request.Width, request.Height);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return CliError.Failed(console.Error, $"cannot write {request.Output}: {ex.Message}");
        }

        return ExitCodes.Success;
    }
}
