using ArDivergence.Gguf.Format;
using ArDivergence.Gguf.Tests.Support;
using CsCheck;

namespace ArDivergence.Gguf.Tests;

/// <summary>What the writer writes, the reader reads back: keys, types, values, tensor infos, aligned data.</summary>
public sealed class GgufRoundTripTests
{
    [Fact]
    public void Every_written_value_and_tensor_reads_back_equal()
    {
        var bytes = SmallGguf.Bytes();
        var file = SmallGguf.Read(bytes);
        Assert.Equal(3u, file.Version);
        Assert.Equal(32UL, file.Alignment);
        Assert.Equal((ulong)bytes.Length, file.FileSize);
        var written = SmallGguf.Metadata();
        foreach (var (key, value) in written)
        {
            var read = file[key];
            Assert.NotNull(read);
            Assert.Equal(value.Type, read.Type);
            if (value.AsArray() is { } array)
            {
                Assert.Equal(array.ElementType, read.AsArray()!.ElementType);
                Assert.Equal(array.Items.Cast<object>(), read.AsArray()!.Items.Cast<object>());
            }
            else
            {
                Assert.Equal(value.Value, read.Value);
            }
        }

        Assert.Equal(32u, file["general.alignment"]!.Value);
        foreach (var tensor in SmallGguf.Tensors())
        {
            var info = file.Tensor(tensor.Name)!;
            Assert.Equal(tensor.Dimensions, info.Dimensions);
            Assert.Equal(GgmlTensorType.F32, info.Type);
            Assert.Equal(0UL, info.Offset % 32);
            Assert.Equal(0UL, (file.DataOffset + info.Offset) % 32);
            Assert.Equal(tensor.Values, SmallGguf.TensorValues(bytes, file, info));
        }
    }

    [Fact]
    public void Random_metadata_and_tensors_read_back_equal()
    {
        var key = Gen.String[Gen.Char['a', 'z'], 1, 12];
        // Whole characters only (UTF-8 cannot carry a lone surrogate), some of them multi-byte.
        var text = Gen.String[Gen.Char["abc xyz<>öß▁é\n"], 0, 20];
        var entry = Gen.OneOf(
            Gen.UInt.Select(GgufValue.U32),
            Gen.Int.Select(GgufValue.I32),
            Gen.ULong.Select(GgufValue.U64),
            Gen.Float.Select(GgufValue.F32),
            Gen.Bool.Select(GgufValue.Flag),
            text.Select(GgufValue.Text),
            text.Array[0, 6].Select(s => GgufValue.Texts(s)),
            Gen.Int.Array[0, 6].Select(s => GgufValue.Ints(s)));
        var tensor = Gen.Int[1, 4].Array[1, 3].SelectMany(dims =>
            Gen.Float.Array[dims.Aggregate(1, (a, b) => a * b)].Select(values => (dims, values)));
        Gen.Select(Gen.Select(key, entry).Array[0, 8], tensor.Array[0, 4]).Sample((entries, tensors) =>
        {
            var metadata = entries
                .DistinctBy(e => e.Item1)
                .Where(e => e.Item1 != "general.alignment")
                .Select(e => new KeyValuePair<string, GgufValue>(e.Item1, e.Item2))
                .ToList();
            var f32 = tensors.Select((t, i) => new F32Tensor($"t{i}", [.. t.dims.Select(d => (ulong)d)], t.values)).ToList();
            var bytes = GgufWriter.ToBytes(metadata, f32);
            var file = SmallGguf.Read(bytes);
            Assert.Equal(metadata.Count + 1, file.Metadata.Count);
            foreach (var (name, value) in metadata)
            {
                var read = file[name]!;
                Assert.Equal(value.Type, read.Type);
                Assert.Equal(value.ToString(), read.ToString());
                if (value.AsArray() is { } array)
                {
                    Assert.Equal(array.Items.Cast<object>(), read.AsArray()!.Items.Cast<object>());
                }
                else
                {
                    Assert.Equal(value.Value, read.Value);
                }
            }

            foreach (var t in f32)
            {
                var info = file.Tensor(t.Name)!;
                Assert.Equal(t.Dimensions, info.Dimensions);
                Assert.Equal(t.Values, SmallGguf.TensorValues(bytes, file, info));
            }
        }, iter: 300);
    }

    [Fact]
    public void Tensor_type_sizes_follow_their_blocks()
    {
        Assert.Equal(4096UL, GgmlTensorType.F32.ByteSize(1024));
        Assert.Equal(34UL * 4, new GgmlTensorType(8).ByteSize(128)); // Q8_0: 32 values in 34 bytes
        Assert.Equal(210UL, new GgmlTensorType(14).ByteSize(256)); // Q6_K: 256 values in 210 bytes
        Assert.Null(new GgmlTensorType(8).ByteSize(33)); // not whole blocks
        Assert.Null(new GgmlTensorType(999).ByteSize(32));
        Assert.Equal("type 999", new GgmlTensorType(999).Name);
    }
}
