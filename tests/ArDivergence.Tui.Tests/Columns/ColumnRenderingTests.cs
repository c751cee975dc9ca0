using System.Text.Json;
using ArDivergence.Tui.Output;
using ArDivergence.Tui.Presentation.Columns;
using ArDivergence.Tui.Recording;

namespace ArDivergence.Tui.Tests.Columns;

/// <summary>A column value — absent, a number or an interval — renders the same way in text, JSON, CSV and the run table.</summary>
public class ColumnRenderingTests
{
    /// <summary>A column no lane has yet: token_error bounds, as a trace lane will give them.</summary>
    private static readonly StepColumn TokenErrorBounds = new()
    {
        Key = "token_error_bounds",
        Kind = ColumnValueKind.Interval,
        Value = row => row.Step.TokenError is double e ? ColumnValue.Between(e / 2, e) : ColumnValue.Absent,
        Unit = ColumnUnit.Probability,
        RecordName = "TokenErrorBounds",
    };

    [Fact]
    public void An_interval_is_low_dot_dot_high_in_text_an_array_in_JSON_and_two_fields_in_CSV()
    {
        var row = HandMadeRows.Row(null, tokenError: 0.25);

        Assert.Equal("0.1250..0.2500", TokenErrorBounds.Format(row));
        Assert.Equal("""{"token_error_bounds":[0.125,0.25]}""", Json(TokenErrorBounds, row));
        Assert.Equal(["token_error_bounds_low", "token_error_bounds_high"], ColumnCsv.Headers(TokenErrorBounds));
        Assert.Equal(["0.125", "0.25"], ColumnCsv.Fields(TokenErrorBounds, row));
    }

    [Fact]
    public void An_interval_is_two_properties_in_the_session_log_present_or_not()
    {
        Assert.Equal(
            [("Lane", "trace"), ("TokenErrorBoundsLow", 0.125), ("TokenErrorBoundsHigh", 0.25)],
            StepFields.Of("trace", HandMadeRows.Row(null, tokenError: 0.25), [TokenErrorBounds]));
        Assert.Equal(
            [("Lane", "trace"), ("TokenErrorBoundsLow", null), ("TokenErrorBoundsHigh", (object?)null)],
            StepFields.Of("trace", HandMadeRows.Row(null, tokenError: null), [TokenErrorBounds]));
    }

    [Fact]
    public void A_number_column_given_an_interval_keeps_both_ends_in_every_format()
    {
        var column = StepColumns.TokenError with { Value = row => ColumnValue.Between(0.125, 0.25) };
        var row = HandMadeRows.Row(null);

        Assert.Equal("0.1250..0.2500", column.Format(row));
        Assert.Equal("""{"token_error":[0.125,0.25]}""", Json(column, row));
        Assert.Equal(["0.125..0.25"], ColumnCsv.Fields(column, row));
        Assert.Equal([("Lane", "trace"), ("TokenError", "0.125..0.25")], StepFields.Of("trace", row, [column]));
    }

    [Fact]
    public void Token_error_bounds_of_a_lane_show_as_an_interval_in_every_format()
    {
        var bounded = HandMadeRows.Row(null);
        var row = bounded with { Step = bounded.Step with { TokenErrorValue = Core.Metrics.MetricValue.Between(0.125, 0.25) } };
        var column = StepColumns.TokenError;

        Assert.Equal("0.1250..0.2500", column.Format(row));
        Assert.Equal("""{"token_error":[0.125,0.25]}""", Json(column, row));
        Assert.Equal(["0.125..0.25"], ColumnCsv.Fields(column, row));
        Assert.Equal([("Lane", "trace"), ("TokenError", "0.125..0.25")], StepFields.Of("trace", row, [column]));
    }

    [Fact]
    public void An_absent_interval_is_a_dash_null_and_two_empty_fields()
    {
        var row = HandMadeRows.Row(null, tokenError: null);

        Assert.Equal("-", TokenErrorBounds.Format(row));
        Assert.Equal("""{"token_error_bounds":null}""", Json(TokenErrorBounds, row));
        Assert.Equal(["", ""], ColumnCsv.Fields(TokenErrorBounds, row));
    }

    [Fact]
    public void An_absent_number_is_a_dash_null_and_an_empty_field()
    {
        var row = HandMadeRows.Row(null, tokenError: null);

        Assert.Equal("-", StepColumns.TokenError.Format(row));
        Assert.Equal("""{"token_error":null}""", Json(StepColumns.TokenError, row));
        Assert.Equal([""], ColumnCsv.Fields(StepColumns.TokenError, row));
    }

    [Fact]
    public void Absent_as_false_applies_to_JSON_but_CSV_leaves_the_field_empty()
    {
        var row = HandMadeRows.Row(null);

        Assert.Equal("""{"off_manifold_exact":false}""", Json(StepColumns.OffManifoldExact, row));
        Assert.Equal([""], ColumnCsv.Fields(StepColumns.OffManifoldExact, row));
    }

    [Fact]
    public void A_run_report_of_a_hand_made_Monte_Carlo_step_shows_its_interval_in_every_format()
    {
        var report = new RunReport("hand", 1, 4, [new LaneRows("mc-lane", "ar", [HandMadeRows.Row(HandMadeRows.MonteCarlo)])]);

        using var json = JsonDocument.Parse(report.Render(OutputFormat.Json, false));
        var step = json.RootElement.GetProperty("lanes")[0].GetProperty("steps")[0];
        Assert.Equal(0.4, step.GetProperty("off_manifold").GetDouble());
        Assert.False(step.GetProperty("off_manifold_exact").GetBoolean());
        Assert.Equal([0.375, 0.4375], step.GetProperty("off_manifold_ci95").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal(JsonValueKind.Null, step.GetProperty("token_error").ValueKind);

        var csv = report.Render(OutputFormat.Csv, false).Split('\n');
        var header = csv[0].Split(',');
        var fields = csv[1].Split(',');
        string Field(string key) => fields[Array.IndexOf(header, key)];
        Assert.Equal("0.375", Field("off_manifold_ci95_low"));
        Assert.Equal("0.4375", Field("off_manifold_ci95_high"));
        Assert.Equal("false", Field("off_manifold_exact"));
        Assert.Equal("", Field("token_error"));

        // Half the interval's width after the estimate: (0.4375 − 0.375) / 2 = 0.03125, shown as 0.031.
        var table = report.Render(OutputFormat.Table, false);
        Assert.Contains("0.400 ±0.031 (mc)", table, StringComparison.Ordinal);
        Assert.Contains("b (forced)", table, StringComparison.Ordinal);
    }

    private static string Json(StepColumn column, StepRow row)
    {
        using var text = new StringWriter();
        JsonOutput.Write(text, false, (json, _) =>
        {
            json.WriteStartObject();
            ColumnJson.Write(json, column, row);
            json.WriteEndObject();
        });
        return text.ToString();
    }
}
