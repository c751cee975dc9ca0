using System.Globalization;
using System.Text;
using System.Text.Json;
using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Presentation.Columns;

namespace ArDivergence.Tui.Output;

/// <summary>
/// What `ardiv estimate` prints: one row per lane, the columns of <see cref="LaneColumns.All"/>. off_manifold is
/// over all runs of a lane; lecun_naive and mean_token_error come from the lane's one seeded run, and every
/// output says so (path_ names, a footnote).
/// </summary>
public sealed record EstimateReport(string Scenario, long Seed, int Length, IReadOnlyList<EstimateLane> Lanes)
{
    public string Render(OutputFormat format, bool indented) => format switch
    {
        OutputFormat.Json => Json(indented) + "\n",
        OutputFormat.Csv => Csv(),
        _ => Table(),
    };

    public string Json(bool indented)
    {
        using var text = new StringWriter();
        JsonOutput.Write(text, indented, (json, _) => WriteJson(json));
        return text.ToString();
    }

    public string Csv()
    {
        var text = new StringBuilder();
        text.Append(Output.Csv.Line(["lane", "kind", .. CsvHeaders()])).Append('\n');
        foreach (var lane in Lanes)
        {
            text.Append(Output.Csv.Line([Output.Csv.Field(lane.Name), lane.Kind, .. CsvFields(lane)])).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The CSV headers of the lane columns (after lane and kind); `ardiv sweep` writes the same.</summary>
    internal static IEnumerable<string> CsvHeaders() =>
        LaneColumns.All.Where(c => c.InCsv).SelectMany(c => ColumnCsv.Headers(c.Key, c.Kind));

    /// <summary>A lane's CSV fields under <see cref="CsvHeaders"/>.</summary>
    internal static IEnumerable<string> CsvFields(EstimateLane lane) =>
        LaneColumns.All.Where(c => c.InCsv).SelectMany(c => ColumnCsv.Fields(c.Kind, c.Value(lane)));

    public string Table()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Scenario}  seed {Seed}  L = {Length}\n\n");
        var cheapest = Lanes.Count == 0 ? 0 : Lanes.Min(l => l.Totals.Computed);
        var columns = LaneColumns.All.Where(c => c.TableName is not null).ToArray();
        var table = new TextTable(["lane", "kind", .. columns.Select(c => c.TableName!), "vs cheapest"]);
        foreach (var lane in Lanes)
        {
            table.Add(
            [
                lane.Name,
                lane.Kind,
                .. columns.Select(c => c.Format(lane)),
                cheapest > 0 ? Units.Ratio(lane.Totals.Computed / cheapest) : "-",
            ]);
        }

        text.Append(table.Render());
        text.Append(CultureInfo.InvariantCulture, $"\noff_manifold, monte carlo: over all runs of the lane.\npath lecun_naive, path mean e_t: of the one run drawn with seed {Seed} (the run `ardiv run` prints).\n");
        return text.ToString();
    }

    private void WriteJson(Utf8JsonWriter json)
    {
        json.StartReport(Scenario, Seed, Length);
        foreach (var lane in Lanes)
        {
            json.StartLane(lane.Name, lane.Kind);
            WriteColumns(json, lane);
            json.WriteEndObject();
        }

        json.EndReport();
    }

    /// <summary>The columns in order; adjacent columns of one JSON group in one object, null when its first column is absent.</summary>
    internal static void WriteColumns(Utf8JsonWriter json, EstimateLane lane)
    {
        for (var i = 0; i < LaneColumns.All.Count;)
        {
            var column = LaneColumns.All[i];
            if (column.JsonGroup is not { } group)
            {
                ColumnJson.Write(json, column.Key, column.Value(lane));
                i++;
                continue;
            }

            var members = LaneColumns.All.Skip(i).TakeWhile(c => c.JsonGroup == group).ToArray();
            i += members.Length;
            if (column.Value(lane).IsAbsent)
            {
                json.WriteNull(group);
                continue;
            }

            json.WriteStartObject(group);
            foreach (var member in members)
            {
                ColumnJson.Write(json, member.JsonName ?? member.Key, member.Value(lane));
            }

            json.WriteEndObject();
        }
    }
}
