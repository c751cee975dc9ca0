using System.Buffers.Binary;
using System.Text;
using ArDivergence.Gguf.Format;
using ArDivergence.Gguf.Tests.Support;
using CsCheck;

namespace ArDivergence.Gguf.Tests;

/// <summary>
/// Damaged and hostile files give a GgufFormatException with a clear message — never another
/// exception, a hang or a huge allocation (every claimed size here is far beyond the file).
/// </summary>
public sealed class HostileFileTests
{
    [Fact]
    public void A_file_that_does_not_start_with_GGUF_is_not_a_GGUF_file()
    {
        AssertRejected(Encoding.ASCII.GetBytes("name: lecun-iid\nseed: 1\n"), "not a GGUF file");
        AssertRejected([], "not a GGUF file");
        AssertRejected(Encoding.ASCII.GetBytes("GGU"), "not a GGUF file");
    }

    [Theory]
    [InlineData(1u, "unsupported GGUF version 1")]
    [InlineData(4u, "unsupported GGUF version 4")]
    [InlineData(0x03000000u, "big-endian")]
    public void Versions_other_than_2_and_3_are_refused(uint version, string message)
    {
        var bytes = SmallGguf.Bytes();
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), version);
        AssertRejected(bytes, message);
    }

    [Fact]
    public void Every_truncation_of_a_valid_file_is_reported_as_truncated()
    {
        var bytes = SmallGguf.Bytes();
        var file = SmallGguf.Read(bytes);
        var last = file.Tensors[^1];
        // The padding after the last tensor's data is written but not needed: a file cut there is whole.
        var dataEnd = (int)(file.DataOffset + last.Offset + last.ByteSize!.Value);
        for (var length = 8; length < dataEnd; length++)
        {
            var message = AssertRejected(bytes[..length], "");
            Assert.Contains("truncated", message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(8, ulong.MaxValue, "tensors")]
    [InlineData(8, 1UL << 40, "tensors")]
    [InlineData(16, ulong.MaxValue, "metadata entries")]
    public void Absurd_counts_are_refused_before_anything_is_allocated(int offset, ulong count, string what)
    {
        var bytes = SmallGguf.Bytes();
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(offset), count);
        Assert.Contains(what, AssertRejected(bytes, "claims"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_absurd_string_length_is_refused()
    {
        var bytes = SmallGguf.Bytes();
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(24), 1UL << 62); // the first key's length
        AssertRejected(bytes, "claims");
    }

    [Fact]
    public void An_absurd_array_length_is_refused()
    {
        var bytes = Header(1, 0, w =>
        {
            Key(w, "tokenizer.ggml.tokens");
            w.Write((uint)GgufValueType.Array);
            w.Write((uint)GgufValueType.Text);
            w.Write(1UL << 50);
        });
        AssertRejected(bytes, "claims");
    }

    [Fact]
    public void Unknown_value_types_and_deep_nesting_are_refused()
    {
        AssertRejected(Header(1, 0, w => { Key(w, "k"); w.Write(13u); }, padTo: 32), "not a GGUF value type");
        AssertRejected(Header(1, 0, w =>
        {
            Key(w, "k");
            w.Write((uint)GgufValueType.Array);
            for (var i = 0; i < 6; i++)
            {
                w.Write((uint)GgufValueType.Array);
                w.Write(1UL);
            }
        }), "nests arrays");
    }

    [Fact]
    public void Tensor_infos_with_bad_dimensions_offsets_or_data_beyond_the_end_are_refused()
    {
        AssertRejected(Header(0, 1, w => Tensor(w, "t", [1, 1, 1, 1, 1], 0)), "dimensions");
        AssertRejected(Header(0, 1, w => Tensor(w, "t", [1UL << 40, 1UL << 40], 0)), "claims more than");
        AssertRejected(Header(0, 1, w => Tensor(w, "t", [4], 3)), "not a multiple of the alignment");
        AssertRejected(Header(0, 1, w => Tensor(w, "t", [1 << 20], 0), padTo: 32), "truncated: tensor 't'");
        AssertRejected(Header(0, 2, w => { Tensor(w, "t", [1], 0); Tensor(w, "t", [1], 32); }), "appears twice");
    }

    [Fact]
    public void Bad_alignment_and_duplicate_keys_are_refused()
    {
        AssertRejected(Header(1, 0, w => { Key(w, "general.alignment"); w.Write((uint)GgufValueType.U32); w.Write(48u); }), "power of two");
        AssertRejected(Header(2, 0, w =>
        {
            for (var i = 0; i < 2; i++)
            {
                Key(w, "k");
                w.Write((uint)GgufValueType.U8);
                w.Write((byte)1);
            }
        }), "appears twice");
    }

    [Fact]
    public void Random_damage_gives_a_format_error_or_a_file_never_another_exception()
    {
        var valid = SmallGguf.Bytes();
        Gen.Select(Gen.Int[0, valid.Length - 1], Gen.Byte).Array[1, 8].Sample(edits =>
        {
            var bytes = (byte[])valid.Clone();
            foreach (var (at, value) in edits)
            {
                bytes[at] = value;
            }

            try
            {
                SmallGguf.Read(bytes);
            }
            catch (GgufFormatException)
            {
                // A clear refusal is the other allowed outcome.
            }
        }, iter: 2000);
    }

    private static string AssertRejected(byte[] bytes, string expected)
    {
        var error = Assert.Throws<GgufFormatException>(() => SmallGguf.Read(bytes));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        return error.Message;
    }

    private static byte[] Header(ulong metadataCount, ulong tensorCount, Action<BinaryWriter> body, int padTo = 1)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(GgufReader.Magic);
            writer.Write(3u);
            writer.Write(tensorCount);
            writer.Write(metadataCount);
            body(writer);
            while (stream.Position % padTo != 0)
            {
                writer.Write((byte)0);
            }
        }

        return stream.ToArray();
    }

    private static void Key(BinaryWriter writer, string key)
    {
        writer.Write((ulong)Encoding.UTF8.GetByteCount(key));
        writer.Write(Encoding.UTF8.GetBytes(key));
    }

    private static void Tensor(BinaryWriter writer, string name, ulong[] dimensions, ulong offset)
    {
        Key(writer, name);
        writer.Write((uint)dimensions.Length);
        foreach (var dimension in dimensions)
        {
            writer.Write(dimension);
        }

        writer.Write(0u);
        writer.Write(offset);
    }
}
