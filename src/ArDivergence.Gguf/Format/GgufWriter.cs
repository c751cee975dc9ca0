using System.Buffers.Binary;
using System.Text;

namespace ArDivergence.Gguf.Format;

/// <summary>
/// Writes a GGUF v3 file (little-endian): magic, version, counts, typed metadata, tensor infos,
/// padding to the alignment, then each tensor's data at an aligned offset. Tensors are F32.
/// </summary>
public static class GgufWriter
{
    public const uint Version = 3;

    /// <summary>The alignment written as general.alignment (ggml's default, GGUF_DEFAULT_ALIGNMENT).</summary>
    public const uint Alignment = 32;

    /// <summary>The file as bytes (small models are built in memory, hashed, then written atomically).</summary>
    public static byte[] ToBytes(IReadOnlyList<KeyValuePair<string, GgufValue>> metadata, IReadOnlyList<F32Tensor> tensors)
    {
        using var stream = new MemoryStream();
        Write(stream, metadata, tensors);
        return stream.ToArray();
    }

    public static void Write(Stream stream, IReadOnlyList<KeyValuePair<string, GgufValue>> metadata, IReadOnlyList<F32Tensor> tensors)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(tensors);
        foreach (var tensor in tensors)
        {
            if (tensor.ElementCount != (ulong)tensor.Values.Length)
            {
                throw new ArgumentException($"tensor '{tensor.Name}' has {tensor.Values.Length} values for {tensor.ElementCount} elements");
            }
        }

        var entries = metadata.Any(e => e.Key == "general.alignment")
            ? metadata
            : [.. metadata, new("general.alignment", GgufValue.U32(Alignment))];
        using var writer = new BinaryWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        writer.Write(GgufReader.Magic);
        writer.Write(Version);
        writer.Write((ulong)tensors.Count);
        writer.Write((ulong)entries.Count);
        foreach (var (key, value) in entries)
        {
            WriteString(writer, key);
            writer.Write((uint)value.Type);
            WriteValue(writer, value.Value);
        }

        var offset = 0UL;
        foreach (var tensor in tensors)
        {
            WriteString(writer, tensor.Name);
            writer.Write((uint)tensor.Dimensions.Count);
            foreach (var dimension in tensor.Dimensions)
            {
                writer.Write(dimension);
            }

            writer.Write(GgmlTensorType.F32.Id);
            writer.Write(offset);
            offset = GgufReader.AlignUp(offset + (tensor.ElementCount * sizeof(float)), Alignment);
        }

        Pad(writer);
        foreach (var tensor in tensors)
        {
            var bytes = new byte[tensor.Values.Length * sizeof(float)];
            for (var i = 0; i < tensor.Values.Length; i++)
            {
                BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), tensor.Values[i]);
            }

            writer.Write(bytes);
            Pad(writer);
        }
    }

    private static void Pad(BinaryWriter writer)
    {
        writer.Flush();
        var position = (ulong)writer.BaseStream.Position;
        var padding = (int)(GgufReader.AlignUp(position, Alignment) - position);
        writer.Write(new byte[padding]);
    }

    private static void WriteString(BinaryWriter writer, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        writer.Write((ulong)bytes.Length);
        writer.Write(bytes);
    }

    private static void WriteValue(BinaryWriter writer, object value)
    {
        switch (value)
        {
            case byte v: writer.Write(v); break;
            case sbyte v: writer.Write(v); break;
            case ushort v: writer.Write(v); break;
            case short v: writer.Write(v); break;
            case uint v: writer.Write(v); break;
            case int v: writer.Write(v); break;
            case float v: writer.Write(v); break;
            case bool v: writer.Write((byte)(v ? 1 : 0)); break;
            case string v: WriteString(writer, v); break;
            case ulong v: writer.Write(v); break;
            case long v: writer.Write(v); break;
            case double v: writer.Write(v); break;
            case GgufArray array:
                writer.Write((uint)array.ElementType);
                writer.Write((ulong)array.Count);
                foreach (var item in array.Items)
                {
                    WriteValue(writer, item!);
                }

                break;
            default: throw new ArgumentException($"cannot write a metadata value of type {value.GetType().Name}");
        }
    }
}
