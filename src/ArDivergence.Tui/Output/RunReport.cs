using System.Globalization;
using System.Text;
using System.Text.Json;
using ArDivergence.Tui.Presentation;

namespace ArDivergence.Tui.Output;

/// <summary>What `ardiv run` prints: per lane, the metrics of every step.</summary>
public sealed record RunReport(string Scenario, long Seed, int Length, IReadOnlyList<LaneRows> Lanes)
{
    public string Render(OutputFormat format, bool indented) => format switch
    {
        OutputFormat.Json => Json(indented),
        OutputFormat.Csv => Csv(),
        _ => Table(),
    };

    /// <summary>The JSON shape of the issue, plus off_manifold_ci95 (null when exact) and forced.</summary>
    public string Json(bool indented) => JsonOutput.Write(indented, json =>
    {
        json.WriteStartObject();
        json.WriteString("scenario", Scenario);
        json.WriteNumber("seed", Seed);
        json.WriteNumber("length", Length);
        json.WriteStartArray("lanes");
        foreach (var lane in Lanes)
        {
            json.WriteStartObject();
            json.WriteString("name", lane.Name);
            json.WriteString("kind", lane.Kind);
            json.WriteStartArray("steps");
            foreach (var step in lane.Steps)
            {
                WriteStep(json, step);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    public string Csv()
    {
        var text = new StringBuilder();
        text.Append(Output.Csv.Line(
            "lane", "kind", "t", "token", "token_prob", "on_manifold", "token_error", "path_off", "off_manifold",
            "off_manifold_exact", "off_manifold_ci95_low", "off_manifold_ci95_high", "lecun_naive", "flops_computed",
            "flops_recomputed", "flops_reused", "kv_cache_bytes", "forced", "top")).Append('\n');
        foreach (var lane in Lanes)
        {
            foreach (var step in lane.Steps)
            {
                var top = string.Join(' ', step.Top.Select(t => $"{t.Token}:{t.Probability.ToString("R", CultureInfo.InvariantCulture)}:{(t.Valid ? "valid" : "invalid")}"));
                text.Append(Output.Csv.Line(
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
                    Output.Csv.Bool(step.Forced),
                    Output.Csv.Field(top))).Append('\n');
            }
        }

        return text.ToString();
    }

    public string Table()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Scenario}  seed {Seed}  L = {Length}\n");
        foreach (var lane in Lanes)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{lane.Name} ({lane.Kind})\n");
            var table = new TextTable(
                "t", "token", "p", "valid", "token_error", "path_off", "off_manifold", "lecun_naive",
                "computed", "recomputed", "reused", "kv_cache");
            foreach (var step in lane.Steps)
            {
                table.Add(
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
                    Units.Bytes(step.KvCacheBytes));
            }

            text.Append(table.Render());
        }

        return text.ToString();
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
