using System.Text;

namespace ArDivergence.Models;

/// <summary>
/// Reads <c>general.architecture</c> from a GGUF header without llama.cpp, so that a file llama.cpp refuses can be
/// reported by what it is. Walks the typed key/values (GGUF v2/v3) until it finds the key.
/// </summary>
internal static class GgufArchitecture
{
    private const uint ArrayType = 9;
    private const uint StringType = 8;

    /// <summary>The architecture, or null when the header does not say (or cannot be read).</summary>
    public static string? Read(string path)
    {
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            reader.ReadUInt32();
            reader.ReadUInt32();
            reader.ReadUInt64();
            var count = reader.ReadUInt64();
            for (ulong i = 0; i < count; i++)
            {
                var key = ReadString(reader);
                var type = reader.ReadUInt32();
                if (key == "general.architecture" && type == StringType)
                {
                    return ReadString(reader);
                }

                Skip(reader, type);
            }
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or ArgumentException or OverflowException)
        {
            return null;
        }

        return null;
    }

    private static string ReadString(BinaryReader reader) => Encoding.UTF8.GetString(reader.ReadBytes(checked((int)reader.ReadUInt64())));

    private static void Skip(BinaryReader reader, uint type)
    {
        if (type == StringType)
        {
            reader.BaseStream.Seek(checked((long)reader.ReadUInt64()), SeekOrigin.Current);
        }
        else if (type == ArrayType)
        {
            var elementType = reader.ReadUInt32();
            var length = reader.ReadUInt64();
            for (ulong i = 0; i < length; i++)
            {
                Skip(reader, elementType);
            }
        }
        else
        {
            reader.BaseStream.Seek(ScalarSize(type), SeekOrigin.Current);
        }
    }

    /// <summary>uint8, int8, uint16, int16, uint32, int32, float32, bool, -, -, uint64, int64, float64.</summary>
    private static long ScalarSize(uint type) => type switch
    {
        0 or 1 or 7 => 1,
        2 or 3 => 2,
        4 or 5 or 6 => 4,
        10 or 11 or 12 => 8,
        _ => throw new ArgumentException($"unknown GGUF value type {type}"),
    };
}
