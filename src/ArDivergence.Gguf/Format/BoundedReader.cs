using System.Buffers.Binary;
using System.Text;

namespace ArDivergence.Gguf.Format;

/// <summary>
/// Little-endian reads from a stream of known length that never read or allocate past its end:
/// every length is checked against the bytes left before anything is allocated.
/// </summary>
internal sealed class BoundedReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Stream _stream;
    private readonly byte[] _scratch = new byte[8];

    public BoundedReader(Stream stream, ulong length)
    {
        _stream = stream;
        Length = length;
    }

    public ulong Length { get; }

    public ulong Position { get; private set; }

    public ulong Remaining => Length - Position;

    public byte ReadByte(string what) => Fill(1, what)[0];

    public ushort ReadUInt16(string what) => BinaryPrimitives.ReadUInt16LittleEndian(Fill(2, what));

    public uint ReadUInt32(string what) => BinaryPrimitives.ReadUInt32LittleEndian(Fill(4, what));

    public ulong ReadUInt64(string what) => BinaryPrimitives.ReadUInt64LittleEndian(Fill(8, what));

    public float ReadSingle(string what) => BinaryPrimitives.ReadSingleLittleEndian(Fill(4, what));

    public double ReadDouble(string what) => BinaryPrimitives.ReadDoubleLittleEndian(Fill(8, what));

    /// <summary>A GGUF string: u64 byte length, then UTF-8 bytes (no terminator).</summary>
    public string ReadString(string what, ulong maxBytes)
    {
        var start = Position;
        var length = ReadUInt64(what);
        if (length > maxBytes)
        {
            throw new GgufFormatException($"{what} at byte {start} claims {length} bytes (more than the {maxBytes} allowed)");
        }

        if (length > Remaining)
        {
            throw Truncated(what);
        }

        var bytes = new byte[(int)length];
        ReadExactly(bytes, what);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new GgufFormatException($"{what} at byte {start} is not valid UTF-8");
        }
    }

    public void Skip(ulong count, string what)
    {
        if (count > Remaining)
        {
            throw Truncated(what);
        }

        if (_stream.CanSeek)
        {
            _stream.Seek((long)count, SeekOrigin.Current);
            Position += count;
            return;
        }

        var buffer = new byte[4096];
        while (count > 0)
        {
            var chunk = (int)Math.Min(count, (ulong)buffer.Length);
            ReadExactly(buffer.AsSpan(0, chunk), what);
            count -= (ulong)chunk;
        }
    }

    public GgufFormatException Truncated(string what) =>
        new($"truncated: the file ends at byte {Length} while reading {what}");

    private ReadOnlySpan<byte> Fill(int count, string what)
    {
        if ((ulong)count > Remaining)
        {
            throw Truncated(what);
        }

        var span = _scratch.AsSpan(0, count);
        ReadExactly(span, what);
        return span;
    }

    private void ReadExactly(Span<byte> buffer, string what)
    {
        try
        {
            _stream.ReadExactly(buffer);
        }
        catch (EndOfStreamException)
        {
            // The stream was shorter than its stated length (a file that shrank while being read).
            throw Truncated(what);
        }

        Position += (ulong)buffer.Length;
    }
}
