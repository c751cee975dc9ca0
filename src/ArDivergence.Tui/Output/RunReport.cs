using System.Globalization;
using System.Text.Json;
using ArDivergence.Tui.Presentation;
using ArDivergence.Tui.Presentation.Columns;

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
            WriteLecunBound(json, lane.LecunBound);
            json.WriteEndObject();
        }

        json.EndReport();
    });

    public void Csv(TextWriter text)
    {
        text.Write(Output.Csv.Line(["lane", "kind", .. StepColumns.All.SelectMany(ColumnCsv.Headers), "top"]));
        text.Write('\n');
        foreach (var lane in Lanes)
        {
            foreach (var step in lane.Steps)
            {
                var top = string.Join(' ', step.Top.Select(t => $"{TopListToken.Escape(t.Token)}:{t.Probability.ToString("R", CultureInfo.InvariantCulture)}:{(t.Valid ? "valid" : "invalid")}"));
                text.Write(Output.Csv.Line(
                [
                    Output.Csv.Field(lane.Name),
                    lane.Kind,
                    .. StepColumns.All.SelectMany(column => ColumnCsv.Fields(column, step)),
                    Output.Csv.Field(top),
                ]));
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
        var columns = StepColumns.Table;
        string[] headers = [.. columns.Select(c => c.Name)];
        int[] widths = [.. columns.Select(FittedWidth)];
        foreach (var lane in Lanes)
        {
            text.Write(string.Create(CultureInfo.InvariantCulture, $"\n{lane.Name} ({lane.Kind})\n"));
            text.Write(TextTable.Line(headers, widths));
            foreach (var step in lane.Steps)
            {
                text.Write(TextTable.Line([.. columns.Select(c => c.Format(step))], widths));
            }

            if (lane.LecunBound is { } bound)
            {
                text.Write(LecunBoundLine(bound));
            }
        }
    }

    /// <summary>The table's sequence summary of a lane: "lecun_bound 0.6340 (e_min 0.0100)" or why there is none.</summary>
    public static string LecunBoundLine(LecunBoundSummary bound)
    {
        ArgumentNullException.ThrowIfNull(bound);
        return bound.MinTokenError is { } eMin
            ? $"lecun_bound {bound.Text} (e_min {Units.Probability(eMin)}; a lower bound on off_manifold at L over all runs)\n"
            : $"lecun_bound: {bound.Status}\n";
    }

    /// <summary>The JSON sequence summary: {status, e_min, bound}, e_min and bound null where there is no number.</summary>
    private static void WriteLecunBound(Utf8JsonWriter json, LecunBoundSummary? bound)
    {
        if (bound is null)
        {
            return;
        }

        json.WriteStartObject("lecun_bound");
        json.WriteString("status", bound.Status);
        ColumnJson.Write(json, "e_min", ColumnValue.Of(bound.MinTokenError));
        ColumnJson.Write(json, "bound", ColumnValue.Of(bound.Bound));
        json.WriteEndObject();
    }

    /// <summary>"0.6340" when exact, "0.631 ±0.009 (mc)" when estimated, "-" when unknown.</summary>
    public static string OffManifoldText(StepRow step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return StepColumns.OffManifold.Format(step);
    }

    /// <summary>A column's fixed width, or for t and token (width 0: fitted) the widest t and <see cref="TokenWidth"/>.</summary>
    private int FittedWidth(StepColumn column) =>
        column.TableWidth > 0 ? column.TableWidth
        : ReferenceEquals(column, StepColumns.T) ? Math.Max(1, Length.ToString(CultureInfo.InvariantCulture).Length)
        : TokenWidth;

    private static void WriteStep(Utf8JsonWriter json, StepRow step)
    {
        json.WriteStartObject();
        foreach (var column in StepColumns.All)
        {
            ColumnJson.Write(json, column, step);
        }

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
