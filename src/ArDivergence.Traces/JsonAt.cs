using System.Collections.Immutable;
using System.Text.Json;

namespace ArDivergence.Traces;

/// <summary>
/// A JSON value with its JSON path, its file and the line its chunk starts on, so that every
/// mistake a reader finds names where it is (<see cref="Fail"/>).
/// </summary>
public readonly record struct JsonAt(JsonElement Element, string Path, string File, int Line)
{
    /// <summary>A chunk's root; the line is named in messages only when the file has several chunks.</summary>
    public static JsonAt Root(JsonChunk chunk, string file, bool streamed) => new(chunk.Root, "$", file, streamed ? chunk.Line : 0);

    public bool IsObject => Element.ValueKind == JsonValueKind.Object;

    public bool IsNull => Element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

    /// <summary>Whether the object has the property, even if null.</summary>
    public bool Has(string name) => IsObject && Element.TryGetProperty(name, out _);

    /// <summary>The property when the object has it and it is not null.</summary>
    public JsonAt? Optional(string name) => IsObject && Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
        ? new JsonAt(value, $"{Path}.{name}", File, Line)
        : null;

    public JsonAt Required(string name) => Optional(name) ?? throw Fail(Has(name) ? $"`{name}` is null" : $"`{name}` is missing");

    public IEnumerable<JsonAt> Items()
    {
        if (Element.ValueKind != JsonValueKind.Array)
        {
            throw Fail($"expected a list, found {Describe(Element.ValueKind)}");
        }

        var path = Path;
        var file = File;
        var line = Line;
        return Element.EnumerateArray().Select((item, i) => new JsonAt(item, $"{path}[{i}]", file, line));
    }

    public IEnumerable<(string Name, JsonAt Value)> Properties()
    {
        if (!IsObject)
        {
            throw Fail($"expected an object, found {Describe(Element.ValueKind)}");
        }

        var at = this;
        return Element.EnumerateObject().Select(p => (p.Name, new JsonAt(p.Value, $"{at.Path}[{JsonSerializer.Serialize(p.Name)}]", at.File, at.Line)));
    }

    public double Number() => Element.ValueKind == JsonValueKind.Number
        ? Element.GetDouble()
        : throw Fail($"expected a number, found {Describe(Element.ValueKind)}");

    public string Text() => Element.ValueKind == JsonValueKind.String
        ? Element.GetString()!
        : throw Fail($"expected a string, found {Describe(Element.ValueKind)}");

    /// <summary>A list of byte values 0..255.</summary>
    public ImmutableArray<byte> Bytes()
    {
        var bytes = ImmutableArray.CreateBuilder<byte>();
        foreach (var item in Items())
        {
            if (item.Element.ValueKind != JsonValueKind.Number || !item.Element.TryGetInt32(out var value) || value is < 0 or > 255)
            {
                throw item.Fail("a byte must be a whole number from 0 to 255");
            }

            bytes.Add((byte)value);
        }

        return bytes.ToImmutable();
    }

    /// <summary>A logprob as a probability (−9999 and below mean 0); above 0 by more than rounding is an error.</summary>
    public double LogprobAsProbability()
    {
        var logprob = Number();
        return logprob > LogProbability.Slack || double.IsNaN(logprob)
            ? throw Fail($"a log-probability must be at most 0, not {logprob}")
            : LogProbability.ToProbability(logprob);
    }

    /// <summary>A probability in [0, 1] (rounding slack allowed, then clipped).</summary>
    public double Probability()
    {
        var probability = Number();
        return probability is < 0 or > 1 + LogProbability.Slack || double.IsNaN(probability)
            ? throw Fail($"a probability must be between 0 and 1, not {probability}")
            : Math.Min(1, probability);
    }

    public TraceReadException Fail(string problem) => new(File, problem, Line > 0 ? Line : null, null, Path);

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => "null",
    };
}
