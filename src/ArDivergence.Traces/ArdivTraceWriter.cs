using System.Text.Encodings.Web;
using System.Text.Json;
using ArDivergence.Core.Traces;

namespace ArDivergence.Traces;

/// <summary>
/// Writes one generation as ardiv trace JSON (version 1): `ardiv_trace`, `source`, `format`, `model`,
/// `prompt`, `finish_reason`, and `tokens`, each with `text`, `bytes`, `logprob` (null for probability
/// 0; left out when the recording did not give it) and `alternatives` (`text`, `bytes` — null for a
/// control token — and `logprob`).
/// </summary>
public static class ArdivTraceWriter
{
    public const string Marker = "ardiv_trace";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions CompactOptions = Options with { Indented = false };

    public static byte[] Write(RecordedTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber(Marker, Formats.ArdivTraceShape.Version);
            json.WriteString("source", trace.Source);
            json.WriteString("format", trace.Format);
            WriteOptional(json, "model", trace.Model);
            WriteOptional(json, "prompt", trace.Prompt);
            WriteOptional(json, "finish_reason", trace.FinishReason);
            json.WriteStartArray("tokens");
            foreach (var token in trace.Tokens)
            {
                // One token a line: the file stays readable and diffable.
                json.WriteRawValue(Compact(token), skipInputValidation: true);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static byte[] Compact(RecordedToken token)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, CompactOptions))
        {
            json.WriteStartObject();
            json.WriteString("text", token.Text);
            WriteBytes(json, token.Bytes);
            if (token.Probability is { } probability)
            {
                WriteLogprob(json, probability);
            }

            json.WriteStartArray("alternatives");
            foreach (var alternative in token.Alternatives)
            {
                json.WriteStartObject();
                json.WriteString("text", alternative.Text);
                if (alternative.Bytes is { } bytes)
                {
                    WriteBytes(json, bytes);
                }
                else
                {
                    json.WriteNull("bytes");
                }

                WriteLogprob(json, alternative.Probability);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteBytes(Utf8JsonWriter json, System.Collections.Immutable.ImmutableArray<byte> bytes)
    {
        json.WriteStartArray("bytes");
        foreach (var b in bytes)
        {
            json.WriteNumberValue(b);
        }

        json.WriteEndArray();
    }

    private static void WriteLogprob(Utf8JsonWriter json, double probability)
    {
        if (LogProbability.FromProbability(probability) is { } logprob)
        {
            json.WriteNumber("logprob", logprob);
        }
        else
        {
            json.WriteNull("logprob");
        }
    }
}
