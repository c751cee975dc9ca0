using System.Globalization;

namespace ArDivergence.Gguf.Format;

/// <summary>One typed metadata value: a scalar (boxed .NET value of the tag's type), a string or a <see cref="GgufArray"/>.</summary>
public sealed class GgufValue
{
    private GgufValue(GgufValueType type, object value)
    {
        Type = type;
        Value = value;
    }

    public GgufValueType Type { get; }

    public object Value { get; }

    public static GgufValue U32(uint value) => new(GgufValueType.U32, value);

    public static GgufValue I32(int value) => new(GgufValueType.I32, value);

    public static GgufValue U64(ulong value) => new(GgufValueType.U64, value);

    public static GgufValue F32(float value) => new(GgufValueType.F32, value);

    public static GgufValue Flag(bool value) => new(GgufValueType.Flag, value);

    public static GgufValue Text(string value) => new(GgufValueType.Text, value ?? throw new ArgumentNullException(nameof(value)));

    public static GgufValue Texts(IReadOnlyList<string> values) => ArrayOf(GgufValueType.Text, values.ToArray());

    public static GgufValue Floats(IReadOnlyList<float> values) => ArrayOf(GgufValueType.F32, values.ToArray());

    public static GgufValue Ints(IReadOnlyList<int> values) => ArrayOf(GgufValueType.I32, values.ToArray());

    /// <summary>A value of any type as the reader found it; <paramref name="value"/> must be the type's .NET value.</summary>
    internal static GgufValue Of(GgufValueType type, object value) => new(type, value);

    private static GgufValue ArrayOf(GgufValueType elementType, Array items) =>
        new(GgufValueType.Array, new GgufArray(elementType, items));

    /// <summary>The value as a non-negative whole number, for any integer type; null otherwise.</summary>
    public ulong? AsUnsigned() => Value switch
    {
        byte v => v,
        ushort v => v,
        uint v => v,
        ulong v => v,
        sbyte v when v >= 0 => (ulong)v,
        short v when v >= 0 => (ulong)v,
        int v when v >= 0 => (ulong)v,
        long v when v >= 0 => (ulong)v,
        _ => null,
    };

    /// <summary>The value as a number, for any numeric type; null otherwise.</summary>
    public double? AsNumber() => Value switch
    {
        float v => v,
        double v => v,
        byte or ushort or uint or ulong or sbyte or short or int or long => Convert.ToDouble(Value, CultureInfo.InvariantCulture),
        _ => null,
    };

    public string? AsString() => Value as string;

    public GgufArray? AsArray() => Value as GgufArray;

    /// <summary>A short rendering for `gguf info`: scalars as written, arrays by type and length.</summary>
    public override string ToString() => Value switch
    {
        GgufArray array => $"[{array.ElementType.ToString().ToLowerInvariant()} × {array.Count}]",
        string text => text,
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => Value.ToString() ?? "",
    };
}
