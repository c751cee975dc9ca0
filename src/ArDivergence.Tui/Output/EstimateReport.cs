using System.Globalization;
using System.Text;
using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Output;

/// <summary>
/// What `ardiv estimate` prints: one row per lane. off_manifold is over all runs of a lane; lecun_naive and
/// mean_token_error come from the lane's one seeded run, and every output says so (path_ names, a footnote).
/// </summary>
public sealed record EstimateReport(string Scenario, long Seed, int Length, IReadOnlyList<EstimateLane> Lanes)
{
    /// <summary>LeCun's 1 − (1 − ē)^L with ē the mean token error of the seeded run.</summary>
    public const string PathLecunNaive = "path_lecun_naive";

    /// <summary>The mean token error ē of the seeded run.</summary>
    public const string PathMeanTokenError = "path_mean_token_error";

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

    private void WriteJson(System.Text.Json.Utf8JsonWriter json)
    {
        json.StartReport(Scenario, Seed, Length);
        foreach (var lane in Lanes)
        {
            json.StartLane(lane.Name, lane.Kind);
            json.Number("off_manifold_exact", lane.OffManifoldExact);
            if (lane.MonteCarlo is { } mc)
            {
                json.WriteStartObject("off_manifold_mc");
                json.Number("estimate", mc.Estimate(lane.Length));
                json.WriteStartArray("ci95");
                json.Number(mc.Interval(lane.Length).Lower);
                json.Number(mc.Interval(lane.Length).Upper);
                json.WriteEndArray();
                json.WriteNumber("samples", mc.Samples);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("off_manifold_mc");
            }

            // lecun_naive and mean_token_error stay for the notebooks that read them; the path_ keys say what
            // they are: numbers of the one seeded run, not over all runs like off_manifold.
            json.Number("lecun_naive", lane.LecunNaive);
            json.Number("mean_token_error", lane.MeanTokenError);
            json.Number(PathLecunNaive, lane.LecunNaive);
            json.Number(PathMeanTokenError, lane.MeanTokenError);
            json.Number("flops_computed", lane.Totals.Computed);
            json.Number("flops_recomputed", lane.Totals.Recomputed);
            json.Number("flops_reused", lane.Totals.Reused);
            json.WriteNumber("kv_cache_bytes_peak", lane.Totals.PeakKvCacheBytes);
            json.WriteEndObject();
        }

        json.EndReport();
    }

    public string Csv()
    {
        var text = new StringBuilder();
        text.Append(Output.Csv.Line(
            "lane", "kind", "off_manifold_exact", "off_manifold_mc", "off_manifold_mc_ci95_low", "off_manifold_mc_ci95_high",
            "mc_samples", PathLecunNaive, PathMeanTokenError, "flops_computed", "flops_recomputed", "flops_reused",
            "kv_cache_bytes_peak")).Append('\n');
        foreach (var lane in Lanes)
        {
            var mc = lane.MonteCarlo;
            text.Append(Output.Csv.Line(
                Output.Csv.Field(lane.Name),
                lane.Kind,
                Output.Csv.Number(lane.OffManifoldExact),
                Output.Csv.Number(mc?.Estimate(lane.Length)),
                Output.Csv.Number(mc?.Interval(lane.Length).Lower),
                Output.Csv.Number(mc?.Interval(lane.Length).Upper),
                mc?.Samples.ToString(CultureInfo.InvariantCulture) ?? "",
                Output.Csv.Number(lane.LecunNaive),
                Output.Csv.Number(lane.MeanTokenError),
                Output.Csv.Number(lane.Totals.Computed),
                Output.Csv.Number(lane.Totals.Recomputed),
                Output.Csv.Number(lane.Totals.Reused),
                lane.Totals.PeakKvCacheBytes.ToString(CultureInfo.InvariantCulture))).Append('\n');
        }

        return text.ToString();
    }

    public string Table()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Scenario}  seed {Seed}  L = {Length}\n\n");
        var cheapest = Lanes.Count == 0 ? 0 : Lanes.Min(l => l.Totals.Computed);
        var table = new TextTable(
            "lane", "kind", "off_manifold", "monte carlo (95%)", "path lecun_naive", "path mean e_t", "computed",
            "recomputed", "reused", "kv peak", "vs cheapest");
        foreach (var lane in Lanes)
        {
            var mc = lane.MonteCarlo;
            table.Add(
                lane.Name,
                lane.Kind,
                lane.OffManifoldExact is double exact ? Units.Probability(exact) : "-",
                mc is null ? "-" : string.Create(
                    CultureInfo.InvariantCulture,
                    $"{mc.Estimate(lane.Length):0.0000} [{mc.Interval(lane.Length).Lower:0.0000}, {mc.Interval(lane.Length).Upper:0.0000}] n={mc.Samples}"),
                Units.Probability(lane.LecunNaive),
                Units.Probability(lane.MeanTokenError),
                Units.Flops(lane.Totals.Computed),
                Units.Flops(lane.Totals.Recomputed),
                Units.Flops(lane.Totals.Reused),
                Units.Bytes(lane.Totals.PeakKvCacheBytes),
                cheapest > 0 ? Units.Ratio(lane.Totals.Computed / cheapest) : "-");
        }

        text.Append(table.Render());
        text.Append(CultureInfo.InvariantCulture, $"\noff_manifold, monte carlo: over all runs of the lane.\npath lecun_naive, path mean e_t: of the one run drawn with seed {Seed} (the run `ardiv run` prints).\n");
        return text.ToString();
    }
}
