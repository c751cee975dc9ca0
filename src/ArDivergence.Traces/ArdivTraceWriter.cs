using System.Text;
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
    private static readonly JsonWriterOptions CompactOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(RecordedTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        using var header = new MemoryStream();
        using (var json = new Utf8JsonWriter(header, Options))
        {
            json.WriteStartObject();
            json.WriteNumber(Marker, Formats.ArdivTraceShape.Version);
            json.WriteString("source", trace.Source);
            json.WriteString("format", trace.Format);
            WriteOptional(json, "model", trace.Model);
            WriteOptional(json, "prompt", trace.Prompt);
            WriteOptional(json, "finish_reason", trace.FinishReason);
            json.WriteEndObject();
        }

        // One token a line keeps the file readable and diffable; the writer would put every byte on its own.
        var text = new StringBuilder(Encoding.UTF8.GetString(header.ToArray()).TrimEnd().TrimEnd('}').TrimEnd());
        text.Append(",\n  \"tokens\": [");
        for (var i = 0; i < trace.Tokens.Length; i++)
        {
            text.Append(i == 0 ? "\n    " : ",\n    ").Append(Encoding.UTF8.GetString(Compact(trace.Tokens[i])));
        }

        text.Append(trace.Tokens.Length == 0 ? "]\n}\n" : "\n  ]\n}\n");
        return Encoding.UTF8.GetBytes(text.ToString());
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
