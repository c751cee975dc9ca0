using System.Globalization;
using System.Text.Json;
using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Output;

/// <summary>What `ardiv run` prints: per lane, the metrics of every step.</summary>
public sealed record RunReport(string Scenario, long Seed, int Length, IReadOnlyList<LaneRows> Lanes)
{
    /// <summary>Width of the token column in tables (the longest token, within reason).</summary>
    public int TokenWidth { get; init; } = 8;

    public string Render(OutputFormat format, bool indented)
    {
        using var text = new StringWriter();
        Write(text, format, indented);
        return text.ToString();
    }

    /// <summary>Streams the report: rows are made and written one at a time.</summary>
    public void Write(TextWriter output, OutputFormat format, bool indented)
    {
        switch (format)
        {
            case OutputFormat.Json:
                Json(output, indented);
                output.WriteLine();
                break;
            case OutputFormat.Csv:
                Csv(output);
                break;
            default:
                Table(output);
                break;
        }
    }

    /// <summary>
    /// The JSON shape of the issue, plus off_manifold_ci95 (null when exact), the running totals of
    /// semantics §4 (flops_*_total, kv_cache_bytes_peak) and forced.
    /// </summary>
    public void Json(TextWriter output, bool indented) => JsonOutput.Write(output, indented, (json, drain) =>
    {
        json.StartReport(Scenario, Seed, Length);
        foreach (var lane in Lanes)
        {
            json.StartLane(lane.Name, lane.Kind);
            json.WriteStartArray("steps");
            foreach (var step in lane.Steps)
            {
                WriteStep(json, step);
                drain();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.EndReport();
    });

    public void Csv(TextWriter text)
    {
        text.Write(Output.Csv.Line(
            "lane", "kind", "t", "token", "token_prob", "on_manifold", "token_error", "path_off", "off_manifold",
            "off_manifold_exact", "off_manifold_ci95_low", "off_manifold_ci95_high", "lecun_naive", "flops_computed",
            "flops_recomputed", "flops_reused", "kv_cache_bytes", "flops_computed_total", "flops_recomputed_total",
            "flops_reused_total", "kv_cache_bytes_peak", "forced", "top"));
        text.Write('\n');
        foreach (var lane in Lanes)
        {
            foreach (var step in lane.Steps)
            {
                var top = string.Join(' ', step.Top.Select(t => $"{t.Token}:{t.Probability.ToString("R", CultureInfo.InvariantCulture)}:{(t.Valid ? "valid" : "invalid")}"));
                text.Write(Output.Csv.Line(
                    Output.Csv.Field(lane.Name),
                    lane.Kind,
                    step.T.ToString(CultureInfo.InvariantCulture),
                    Output.Csv.Field(step.Token),
                    Output.Csv.Number(step.TokenProbability),
                    Output.Csv.Bool(step.OnManifold),
                    Output.Csv.Number(step.TokenError),
                    Output.Csv.Number(step.PathOff),
                    Output.Csv.Number(step.OffManifold?.Value),
                    Output.Csv.Bool(step.OffManifold?.Exact),
                    Output.Csv.Number(step.OffManifold?.Interval?.Lower),
                    Output.Csv.Number(step.OffManifold?.Interval?.Upper),
                    Output.Csv.Number(step.LecunNaive),
                    Output.Csv.Number(step.FlopsComputed),
                    Output.Csv.Number(step.FlopsRecomputed),
                    Output.Csv.Number(step.FlopsReused),
                    step.KvCacheBytes.ToString(CultureInfo.InvariantCulture),
                    Output.Csv.Number(step.Totals.Computed),
                    Output.Csv.Number(step.Totals.Recomputed),
                    Output.Csv.Number(step.Totals.Reused),
                    step.Totals.PeakKvCacheBytes.ToString(CultureInfo.InvariantCulture),
                    Output.Csv.Bool(step.Forced),
                    Output.Csv.Field(top)));
                text.Write('\n');
            }
        }
    }

    /// <summary>
    /// Aligned columns, streamed: widths are fixed up front (probabilities, FLOPs and bytes have bounded
    /// widths; the token column fits the longest token) so no row has to be held.
    /// </summary>
    public void Table(TextWriter text)
    {
        text.Write(string.Create(CultureInfo.InvariantCulture, $"{Scenario}  seed {Seed}  L = {Length}\n"));
        string[] headers =
        [
            "t", "token", "p", "valid", "token_error", "path_off", "off_manifold", "lecun_naive",
            "computed", "recomputed", "reused", "kv_cache",
        ];
        foreach (var lane in Lanes)
        {
            text.Write(string.Create(CultureInfo.InvariantCulture, $"\n{lane.Name} ({lane.Kind})\n"));
            int[] widths = [Math.Max(1, Length.ToString(CultureInfo.InvariantCulture).Length), TokenWidth, 9, 5, 11, 9, 20, 11, 8, 10, 8, 8];
            text.Write(TextTable.Line(headers, widths));
            foreach (var step in lane.Steps)
            {
                text.Write(TextTable.Line(
                    [
                        step.T.ToString(CultureInfo.InvariantCulture),
                        step.Token + (step.Forced ? " (forced)" : ""),
                        Units.Probability(step.TokenProbability),
                        step.OnManifold ? "✓" : "✗",
                        Units.Probability(step.TokenError),
                        Units.Probability(step.PathOff),
                        OffManifoldText(step),
                        Units.Probability(step.LecunNaive),
                        Units.Flops(step.FlopsComputed),
                        Units.Flops(step.FlopsRecomputed),
                        Units.Flops(step.FlopsReused),
                        Units.Bytes(step.KvCacheBytes),
                    ],
                    widths));
            }
        }
    }

    /// <summary>"0.6340" when exact, "0.631 ±0.009 (mc)" when estimated, "-" when unknown.</summary>
    public static string OffManifoldText(StepRow step)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (step.OffManifold is not { } value)
        {
            return "-";
        }

        if (value.Exact || value.Interval is not { } interval)
        {
            return Units.Probability(value.Value);
        }

        var half = (interval.Upper - interval.Lower) / 2;
        return string.Create(CultureInfo.InvariantCulture, $"{value.Value:0.000} ±{half:0.000} (mc)");
    }

    private static void WriteStep(Utf8JsonWriter json, StepRow step)
    {
        json.WriteStartObject();
        json.WriteNumber("t", step.T);
        json.WriteString("token", step.Token);
        json.Number("token_prob", step.TokenProbability);
        json.WriteBoolean("on_manifold", step.OnManifold);
        json.Number("token_error", step.TokenError);
        json.Number("path_off", step.PathOff);
        json.Number("off_manifold", step.OffManifold?.Value);
        json.WriteBoolean("off_manifold_exact", step.OffManifold?.Exact ?? false);
        if (step.OffManifold?.Interval is { } interval)
        {
            json.WriteStartArray("off_manifold_ci95");
            json.Number(interval.Lower);
            json.Number(interval.Upper);
            json.WriteEndArray();
        }
        else
        {
            json.WriteNull("off_manifold_ci95");
        }

        json.Number("lecun_naive", step.LecunNaive);
        json.Number("flops_computed", step.FlopsComputed);
        json.Number("flops_recomputed", step.FlopsRecomputed);
        json.Number("flops_reused", step.FlopsReused);
        json.WriteNumber("kv_cache_bytes", step.KvCacheBytes);
        json.Number("flops_computed_total", step.Totals.Computed);
        json.Number("flops_recomputed_total", step.Totals.Recomputed);
        json.Number("flops_reused_total", step.Totals.Reused);
        json.WriteNumber("kv_cache_bytes_peak", step.Totals.PeakKvCacheBytes);
        json.WriteBoolean("forced", step.Forced);
        json.WriteStartArray("top");
        foreach (var top in step.Top)
        {
            json.WriteStartObject();
            json.WriteString("token", top.Token);
            json.Number("prob", top.Probability);
            json.WriteBoolean("valid", top.Valid);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
