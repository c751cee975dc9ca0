using System.Text;
using System.Text.Json;

namespace ArDivergence.Tui.Output;

/// <summary>Small helpers over <see cref="Utf8JsonWriter"/>: never writes NaN or infinity (null instead).</summary>
internal static class JsonOutput
{
    public static string Write(bool indented, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            body(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Number(this Utf8JsonWriter writer, string name, double? value)
    {
        if (value is double number && double.IsFinite(number))
        {
            writer.WriteNumber(name, number);
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
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
