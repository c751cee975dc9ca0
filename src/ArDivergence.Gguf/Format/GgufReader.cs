namespace ArDivergence.Gguf.Format;

/// <summary>
/// Reads the header of any GGUF file (versions 2 and 3, little-endian): metadata and tensor infos,
/// bounds-checked so that a hostile or damaged file gives a <see cref="GgufFormatException"/> (not a
/// GGUF file, truncated, unsupported version, absurd counts) and never a huge allocation.
/// </summary>
public static class GgufReader
{
    /// <summary>"GGUF" read as a little-endian u32.</summary>
    public const uint Magic = 0x46554747;

    /// <summary>ggml's GGML_MAX_DIMS.</summary>
    public const int MaxDimensions = 4;

    /// <summary>The longest string accepted (keys, values, tensor names); real files stay far below.</summary>
    public const ulong MaxStringBytes = 16 << 20;

    /// <summary>The longest array accepted; the largest real vocabularies have about 260,000 entries.</summary>
    public const ulong MaxArrayItems = 16 << 20;

    private const int MaxArrayNesting = 4;
    private const ulong DefaultAlignment = 32;

    /// <summary>Reads the header of a file; IO errors propagate as IOException.</summary>
    public static GgufFile ReadFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        return Read(stream, (ulong)stream.Length);
    }

    /// <summary>Reads the header from a stream positioned at the file's start and holding <paramref name="length"/> bytes.</summary>
    public static GgufFile Read(Stream stream, ulong length)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var reader = new BoundedReader(stream, length);
        if (length < 4 || reader.ReadUInt32("the magic") != Magic)
        {
            throw new GgufFormatException("not a GGUF file (it does not start with the bytes 'GGUF')");
        }

        var version = reader.ReadUInt32("the version");
        if (version is not (2 or 3))
        {
            var swapped = System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(version);
            throw new GgufFormatException(swapped is 2 or 3
                ? "big-endian GGUF files are not supported"
                : $"unsupported GGUF version {version} (versions 2 and 3 are read)");
        }

        var tensorCount = reader.ReadUInt64("the tensor count");
        var metadataCount = reader.ReadUInt64("the metadata count");
        // The smallest metadata entry is a 1-byte key with a u8 (8 + 1 + 4 + 1 bytes); the smallest
        // tensor info a 1-byte name with one dimension (8 + 1 + 4 + 8 + 4 + 8).
        CheckCount(metadataCount, 14, reader, "metadata entries");
        CheckCount(tensorCount, 33, reader, "tensors");

        var metadata = new List<KeyValuePair<string, GgufValue>>((int)metadataCount);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0UL; i < metadataCount; i++)
        {
            var key = reader.ReadString($"the key of metadata entry {i}", MaxStringBytes);
            if (!keys.Add(key))
            {
                throw new GgufFormatException($"metadata key '{key}' appears twice");
            }

            var type = ReadType(reader, $"the type of '{key}'");
            metadata.Add(new(key, ReadValue(reader, type, key, 0)));
        }

        var alignment = Alignment(metadata);
        var tensors = new List<GgufTensorInfo>((int)tensorCount);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0UL; i < tensorCount; i++)
        {
            var info = ReadTensorInfo(reader, i, alignment);
            if (!names.Add(info.Name))
            {
                throw new GgufFormatException($"tensor '{info.Name}' appears twice");
            }

            tensors.Add(info);
        }

        var dataOffset = AlignUp(reader.Position, alignment);
        if (tensorCount > 0 && dataOffset > length)
        {
            throw reader.Truncated("the padding before the tensor data");
        }

        foreach (var tensor in tensors)
        {
            var end = (UInt128)dataOffset + tensor.Offset + (tensor.ByteSize ?? 0);
            if (end > length)
            {
                throw new GgufFormatException($"truncated: tensor '{tensor.Name}' needs bytes up to {end} but the file ends at byte {length}");
            }
        }

        return new GgufFile(version, metadata, tensors, alignment, dataOffset, length);
    }

    private static GgufTensorInfo ReadTensorInfo(BoundedReader reader, ulong index, ulong alignment)
    {
        var name = reader.ReadString($"the name of tensor {index}", MaxStringBytes);
        var dimensionCount = reader.ReadUInt32($"the dimension count of tensor '{name}'");
        if (dimensionCount is 0 or > MaxDimensions)
        {
            throw new GgufFormatException($"tensor '{name}' has {dimensionCount} dimensions (1 to {MaxDimensions} are allowed)");
        }

        var dimensions = new ulong[dimensionCount];
        var elements = UInt128.One;
        for (var d = 0; d < dimensions.Length; d++)
        {
            dimensions[d] = reader.ReadUInt64($"dimension {d} of tensor '{name}'");
            elements *= dimensions[d];
            if (elements > long.MaxValue)
            {
                throw new GgufFormatException($"tensor '{name}' claims more than {long.MaxValue} values");
            }
        }

        var type = new GgmlTensorType(reader.ReadUInt32($"the type of tensor '{name}'"));
        var offset = reader.ReadUInt64($"the data offset of tensor '{name}'");
        if (offset % alignment != 0)
        {
            throw new GgufFormatException($"tensor '{name}' starts at data offset {offset}, which is not a multiple of the alignment {alignment}");
        }

        return new GgufTensorInfo(name, dimensions, type, offset);
    }

    private static GgufValue ReadValue(BoundedReader reader, GgufValueType type, string key, int depth)
    {
        var what = $"the value of '{key}'";
        return type switch
        {
            GgufValueType.U8 => GgufValue.Of(type, reader.ReadByte(what)),
            GgufValueType.I8 => GgufValue.Of(type, (sbyte)reader.ReadByte(what)),
            GgufValueType.U16 => GgufValue.Of(type, reader.ReadUInt16(what)),
            GgufValueType.I16 => GgufValue.Of(type, (short)reader.ReadUInt16(what)),
            GgufValueType.U32 => GgufValue.Of(type, reader.ReadUInt32(what)),
            GgufValueType.I32 => GgufValue.Of(type, (int)reader.ReadUInt32(what)),
            GgufValueType.F32 => GgufValue.Of(type, reader.ReadSingle(what)),
            GgufValueType.Flag => GgufValue.Of(type, reader.ReadByte(what) != 0),
            GgufValueType.Text => GgufValue.Of(type, reader.ReadString(what, MaxStringBytes)),
            GgufValueType.U64 => GgufValue.Of(type, reader.ReadUInt64(what)),
            GgufValueType.I64 => GgufValue.Of(type, (long)reader.ReadUInt64(what)),
            GgufValueType.F64 => GgufValue.Of(type, reader.ReadDouble(what)),
            GgufValueType.Array => GgufValue.Of(type, ReadArray(reader, key, depth)),
            _ => throw new InvalidOperationException("unreachable: ReadType checks the tag"),
        };
    }

    private static GgufArray ReadArray(BoundedReader reader, string key, int depth)
    {
        if (depth >= MaxArrayNesting)
        {
            throw new GgufFormatException($"'{key}' nests arrays more than {MaxArrayNesting} deep");
        }

        var elementType = ReadType(reader, $"the element type of '{key}'");
        var count = reader.ReadUInt64($"the length of '{key}'");
        if (count > MaxArrayItems)
        {
            throw new GgufFormatException($"'{key}' claims {count} items (more than the {MaxArrayItems} allowed)");
        }

        CheckCount(count, MinimumBytes(elementType), reader, $"items of '{key}'");
        var n = (int)count;
        Array items = elementType switch
        {
            GgufValueType.Text => Fill(n, _ => reader.ReadString($"an item of '{key}'", MaxStringBytes)),
            GgufValueType.F32 => Fill(n, _ => reader.ReadSingle($"an item of '{key}'")),
            GgufValueType.I32 => Fill(n, _ => (int)reader.ReadUInt32($"an item of '{key}'")),
            GgufValueType.U32 => Fill(n, _ => reader.ReadUInt32($"an item of '{key}'")),
            GgufValueType.Array => Fill(n, _ => ReadArray(reader, key, depth + 1)),
            _ => Fill(n, _ => ReadValue(reader, elementType, key, depth + 1).Value),
        };
        return new GgufArray(elementType, items);
    }

    private static T[] Fill<T>(int count, Func<int, T> item)
    {
        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = item(i);
        }

        return items;
    }

    private static GgufValueType ReadType(BoundedReader reader, string what)
    {
        var tag = reader.ReadUInt32(what);
        if (tag > (uint)GgufValueType.F64)
        {
            throw new GgufFormatException($"{what} is {tag}, not a GGUF value type");
        }

        return (GgufValueType)tag;
    }

    private static ulong MinimumBytes(GgufValueType type) => type switch
    {
        GgufValueType.U8 or GgufValueType.I8 or GgufValueType.Flag => 1,
        GgufValueType.U16 or GgufValueType.I16 => 2,
        GgufValueType.U32 or GgufValueType.I32 or GgufValueType.F32 => 4,
        GgufValueType.Array => 12,
        _ => 8,
    };

    private static void CheckCount(ulong count, ulong minimumBytesEach, BoundedReader reader, string what)
    {
        if (count > reader.Remaining / minimumBytesEach)
        {
            throw new GgufFormatException($"truncated or damaged: the file claims {count} {what} but only {reader.Remaining} bytes are left");
        }
    }

    private static ulong Alignment(List<KeyValuePair<string, GgufValue>> metadata)
    {
        var entry = metadata.FirstOrDefault(e => e.Key == "general.alignment").Value;
        if (entry is null)
        {
            return DefaultAlignment;
        }

        var alignment = entry.AsUnsigned();
        if (alignment is not { } value || value == 0 || (value & (value - 1)) != 0 || value > 1 << 20)
        {
            throw new GgufFormatException($"general.alignment is {entry}, not a power of two");
        }

        return value;
    }

    internal static ulong AlignUp(ulong offset, ulong alignment) => (offset + alignment - 1) / alignment * alignment;
}
