using System.Globalization;
using System.Text.Json;
using ArDivergence.Tui.Output;

namespace ArDivergence.Tui.Sweeps;

/// <summary>
/// Writes sweep rows as they come, flushing each, so an interrupted sweep keeps every row written. One row
/// per (point, lane): <c>point</c>, one column per key (named as given), <c>lane</c>, <c>kind</c>, the
/// estimate's lane columns (<see cref="EstimateReport.CsvHeaders"/>, in JSON its keys and groups), then
/// <c>points</c> and <c>scenario</c>. JSON is an array with one row object per line.
/// </summary>
internal sealed class SweepRowWriter(TextWriter output, SweepFormat format, IReadOnlyList<string> keys, string scenario, long points)
{
    private bool _anyRow;

    public static IReadOnlyList<string> CsvHeader(IReadOnlyList<string> keys) =>
        [SweepColumns.Point, .. keys, SweepColumns.Lane, SweepColumns.Kind, .. EstimateReport.CsvHeaders(), SweepColumns.Points, SweepColumns.Scenario];

    public void Start()
    {
        output.Write(format == SweepFormat.Csv ? Csv.Line([.. CsvHeader(keys).Select(Csv.Field)]) + "\n" : "[\n");
        output.Flush();
    }

    /// <summary>The rows of one point, one per lane.</summary>
    public void Write(long point, IReadOnlyList<string> values, IReadOnlyList<EstimateLane> lanes)
    {
        foreach (var lane in lanes)
        {
            output.Write(format == SweepFormat.Csv ? CsvRow(point, values, lane) + "\n" : (_anyRow ? ",\n" : "") + JsonRow(point, values, lane));
            _anyRow = true;
        }

        output.Flush();
    }

    public void Finish()
    {
        if (format == SweepFormat.Json)
        {
            output.Write(_anyRow ? "\n]\n" : "]\n");
        }

        output.Flush();
    }

    private string CsvRow(long point, IReadOnlyList<string> values, EstimateLane lane) => Csv.Line(
    [
        point.ToString(CultureInfo.InvariantCulture),
        .. values.Select(Csv.Field),
        Csv.Field(lane.Name),
        lane.Kind,
        .. EstimateReport.CsvFields(lane),
        points.ToString(CultureInfo.InvariantCulture),
        Csv.Field(scenario),
    ]);

    private string JsonRow(long point, IReadOnlyList<string> values, EstimateLane lane)
    {
        using var text = new StringWriter();
        JsonOutput.Write(text, indented: false, (json, _) =>
        {
            json.WriteStartObject();
            json.WriteNumber(SweepColumns.Point, point);
            for (var i = 0; i < keys.Count; i++)
            {
                WriteValue(json, keys[i], values[i]);
            }

            json.WriteString(SweepColumns.Lane, lane.Name);
            json.WriteString(SweepColumns.Kind, lane.Kind);
            EstimateReport.WriteColumns(json, lane);
            json.WriteNumber(SweepColumns.Points, points);
            json.WriteString(SweepColumns.Scenario, scenario);
            json.WriteEndObject();
        });
        return text.ToString();
    }

    /// <summary>A key's value as the file would read it: a number or boolean when it is one, else a string.</summary>
    private static void WriteValue(Utf8JsonWriter json, string key, string value)
    {
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            json.WriteNumber(key, number);
        }
        else if (value is "true" or "false")
        {
            json.WriteBoolean(key, value == "true");
        }
        else
        {
            json.WriteString(key, value);
        }
    }
}
