using System.Buffers;
using System.Text;
using System.Text.Json;

namespace ArDivergence.Tui.Output;

/// <summary>Small helpers over <see cref="Utf8JsonWriter"/>: never writes NaN or infinity (null instead).</summary>
internal static class JsonOutput
{
    /// <summary>Writes JSON to a text writer, passing it on in chunks so the document is never held whole.</summary>
    public static void Write(TextWriter output, bool indented, Action<Utf8JsonWriter, Action> body)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented });
        void Drain()
        {
            writer.Flush();
            if (buffer.WrittenCount > 0)
            {
                output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
                buffer.ResetWrittenCount();
            }
        }

        body(writer, () =>
        {
            if (writer.BytesPending + buffer.WrittenCount > 1 << 16)
            {
                Drain();
            }
        });
        Drain();
    }

    /// <summary>Opens a report: {"scenario", "seed", "length", "lanes": [ — the start both `run` and `estimate` share.</summary>
    public static void StartReport(this Utf8JsonWriter writer, string scenario, long seed, int length)
    {
        writer.WriteStartObject();
        writer.WriteString("scenario", scenario);
        writer.WriteNumber("seed", seed);
        writer.WriteNumber("length", length);
        writer.WriteStartArray("lanes");
    }

    /// <summary>Opens one lane of a report: {"name", "kind".</summary>
    public static void StartLane(this Utf8JsonWriter writer, string name, string kind)
    {
        writer.WriteStartObject();
        writer.WriteString("name", name);
        writer.WriteString("kind", kind);
    }

    /// <summary>Closes a report opened with <see cref="StartReport"/>.</summary>
    public static void EndReport(this Utf8JsonWriter writer)
    {
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// −0 as 0: a probability computed as −expm1(0) is −0, which readers show as "-0" although it means
    /// exactly what 0 means.
    /// </summary>
    public static double WithoutNegativeZero(double value) => value == 0 ? 0 : value;

    public static void Number(this Utf8JsonWriter writer, string name, double? value)
    {
        if (value is double number && double.IsFinite(number))
        {
            writer.WriteNumber(name, WithoutNegativeZero(number));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void Number(this Utf8JsonWriter writer, double? value)
    {
        if (value is double number && double.IsFinite(number))
        {
            writer.WriteNumberValue(WithoutNegativeZero(number));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
