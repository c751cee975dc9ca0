using System.Text.Json;
using ArDivergence.Core.Debugging;
using ArDivergence.Tui.Output;
using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Presentation.Columns;
using ArDivergence.Tui.Recording;
using ArDivergence.Tui.Tests.Views;

namespace ArDivergence.Tui.Tests.Columns;

/// <summary>The column registry is the one list every per-step output follows.</summary>
public class ColumnRegistryTests
{
    [Fact]
    public void Keys_record_names_and_screen_headers_are_each_unique()
    {
        Assert.Equal(StepColumns.All.Count, StepColumns.All.Select(c => c.Key).Distinct().Count());
        Assert.Equal(StepColumns.Recorded.Count, StepColumns.Recorded.Select(c => c.RecordName).Distinct().Count());
        Assert.Equal(StepTable.Columns.Count, StepTable.Columns.Select(c => c.ShortName).Distinct().Count());
        Assert.Same(StepColumns.TokenError, StepColumns.ByKey("token_error"));
        Assert.Throws<ArgumentException>(() => StepColumns.ByKey("no_such_column"));
    }

    [Fact]
    public void Run_json_csv_and_table_follow_the_registry_order()
    {
        var report = new RunReport("hand", 1, 4, [new LaneRows("lane", "ar", [HandMadeRows.Row(HandMadeRows.MonteCarlo)])]);

        using var json = JsonDocument.Parse(report.Render(OutputFormat.Json, false));
        var step = json.RootElement.GetProperty("lanes")[0].GetProperty("steps")[0];
        Assert.Equal([.. StepColumns.All.Select(c => c.Key), "top"], step.EnumerateObject().Select(p => p.Name));

        var header = report.Render(OutputFormat.Csv, false).Split('\n')[0].Split(',');
        var interval = StepColumns.OffManifoldCi95.Key;
        Assert.Equal(
            ["lane", "kind", .. StepColumns.All.SelectMany(c => c.Key == interval ? new[] { interval + "_low", interval + "_high" } : [c.Key]), "top"],
            header);

        var tableHeader = report.Render(OutputFormat.Table, false).Split('\n')[3];
        Assert.Equal(StepTable.Columns.Select(c => c.Name), TuiHarness.Words(tableHeader));
    }

    [Fact]
    public void A_step_event_records_the_lane_then_the_recorded_columns()
    {
        var snapshot = Expected.After("is-ar-doomed", new StepCommand());
        var lane = snapshot.Lanes[0];
        var fields = StepFields.Of(snapshot, lane, lane.Steps[0], computeExact: true);

        Assert.Equal([StepFields.Lane, .. StepColumns.Recorded.Select(c => c.RecordName!)], fields.Select(f => f.Name));
        Assert.Contains(("TokenError", (object?)lane.Steps[0].TokenError), fields);
        Assert.Contains(("OffManifoldExact", (object?)true), fields);
    }

    [Fact]
    public void The_colour_rule_marks_a_forced_token_and_an_invalid_step_by_column()
    {
        var row = StepTable.Cells(HandMadeRows.Row(null), pending: false);

        Assert.Equal(CellTone.Forced, row.Tones[StepTable.IndexOf("token")]);
        Assert.Equal(CellTone.Invalid, row.Tones[StepTable.IndexOf("on_manifold")]);
        Assert.Equal(CellTone.Normal, row.Tones[StepTable.IndexOf("path_off")]);
        Assert.Equal("↳b", row.Cell("token"));
        Assert.Equal("36.0KiB", row.Cell("kv_cache_bytes"));
    }
}
