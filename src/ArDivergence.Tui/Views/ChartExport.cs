using System.Globalization;
using ArDivergence.Core.Debugging;
using ArDivergence.Core.Metrics;
using ArDivergence.Tui.Plotting;
using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Recording;

namespace ArDivergence.Tui.Views;

/// <summary>
/// The debugger's `e`: the chart pane (off_manifold against t for every lane, the focused lane's lecun_naive)
/// and the compute pane (as grouped bars) written as SVG and PNG beside the session's recording, so a figure
/// can leave the terminal. The charts are built from what the panes show: the snapshot and the curves.
/// </summary>
internal static class ChartExport
{
    /// <summary>
    /// Builds the charts from what is on screen now (UI thread), then renders and writes them on the worker, so the
    /// screen stays responsive; the message line says where they went, or why not.
    /// </summary>
    public static void Run(DebuggerController controller)
    {
        var folder = Folder(controller);
        var stem = Path.Combine(folder, Stem(controller));
        (string Name, PlotChart Chart)[] charts = [("off_manifold", OffManifold(controller)), ("compute", Compute(controller.Snapshot))];
        controller.RunInBackground("export charts", () => Write(folder, stem, charts), error => controller.SetMessage(
            error is null ? $"charts exported: {stem}-{{off_manifold,compute}}.{{svg,png}}" : $"cannot export the charts to {folder}: {error}",
            error is null ? MessageKind.Info : MessageKind.Error));
    }

    /// <summary>Writes every chart as SVG and PNG; null, or the reason it could not.</summary>
    private static string? Write(string folder, string stem, IReadOnlyList<(string Name, PlotChart Chart)> charts)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var renderer = new ScottPlotRenderer();
            foreach (var (name, chart) in charts)
            {
                foreach (var extension in new[] { ".svg", ".png" })
                {
                    ChartFiles.Write(renderer, chart, $"{stem}-{name}{extension}");
                }
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ex.Message;
        }
    }

    /// <summary>off_manifold vs t as the chart pane has it: every lane's curve as far as known, Monte Carlo with its interval.</summary>
    public static PlotChart OffManifold(DebuggerController controller)
    {
        ArgumentNullException.ThrowIfNull(controller);
        var snapshot = controller.Snapshot;
        var series = new List<PlotSeries>();
        for (var lane = 0; lane < snapshot.Lanes.Count; lane++)
        {
            var points = Enumerable.Range(1, snapshot.Length)
                .Select(t => (t, Value: controller.OffManifold(lane, t)))
                .Where(p => p.Value is not null)
                .Select(p => Point(p.t, p.Value!.Value))
                .ToArray();
            series.Add(new PlotSeries(snapshot.Lanes[lane].Name, points));
        }

        var focused = controller.Focused;
        var naive = focused.Steps.Select(s => new PlotPoint(s.T, s.LecunNaive)).ToArray();
        series.Add(new PlotSeries($"lecun_naive of {focused.Name} (seeded run)", naive, SeriesStyle.Markers, focused.Name));
        return new PlotChart(
            string.Create(CultureInfo.InvariantCulture, $"{snapshot.Scenario.Name}: off_manifold vs t (seed {snapshot.Seed}, t = {snapshot.T})"),
            "t (tokens generated)",
            "off_manifold(t) (probability)")
        {
            Series = series,
        };
    }

    /// <summary>The compute pane as bars: each lane's computed, recomputed and reused FLOPs to its t.</summary>
    public static PlotChart Compute(SessionSnapshot snapshot)
    {
        var rows = ComputeBars.Rows(snapshot);
        var bars = new PlotBars(
            [.. rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Lane} (t = {r.T})"))],
            ["computed", "recomputed", "reused"],
            [.. rows.Select(r => (IReadOnlyList<double>)[r.Computed, r.Recomputed, r.Reused])]);
        return new PlotChart($"{snapshot.Scenario.Name}: compute to each lane's t", "lane", "FLOPs") { Bars = bars };
    }

    private static PlotPoint Point(int t, OffManifoldValue value) =>
        value.Interval is { } ci ? new PlotPoint(t, value.Value, ci.Lower, ci.Upper) : new PlotPoint(t, value.Value);

    /// <summary>The recording's folder; without a recording, the folder recordings go to, else the working directory.</summary>
    private static string Folder(DebuggerController controller) =>
        controller.Options.ExportFolder
        ?? (controller.Session.RecordingLocation is { } recording ? Path.GetDirectoryName(Path.GetFullPath(recording)) : null)
        ?? SessionRecorders.SessionFolder(Environment.GetEnvironmentVariable)
        ?? controller.Options.WorkingDirectory;

    /// <summary>The recording's name (the charts sit beside it), else the scenario and seed; then the step.</summary>
    private static string Stem(DebuggerController controller)
    {
        var snapshot = controller.Snapshot;
        var name = controller.Session.RecordingLocation is { } recording
            ? Path.GetFileNameWithoutExtension(recording)
            : string.Create(CultureInfo.InvariantCulture, $"{snapshot.Scenario.Name}-seed{snapshot.Seed}");
        return string.Create(CultureInfo.InvariantCulture, $"{name}-t{snapshot.T}");
    }
}
