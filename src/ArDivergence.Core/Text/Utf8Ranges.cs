using System.Text;

namespace ArDivergence.Core.Text;

/// <summary>
/// Splits a range of scalar values into sequences of byte ranges whose concatenations are exactly the
/// UTF-8 encodings of the range (the construction of Russ Cox's RE2 and Rust's utf8-ranges): a class
/// or `.` with non-ASCII members becomes a small set of byte paths.
/// </summary>
public static class Utf8Ranges
{
    private static readonly int[] EncodingLengthEnds = [0x7F, 0x7FF, 0xFFFF, CodePointSet.MaxCodePoint];

    /// <summary>Each sequence is one byte range per byte of the encoding, first byte first.</summary>
    public static IReadOnlyList<(byte Low, byte High)[]> Sequences(int low, int high)
    {
        var sequences = new List<(byte Low, byte High)[]>();
        Split(low, high, sequences);
        return sequences;
    }

    private static void Split(int low, int high, List<(byte Low, byte High)[]> sequences)
    {
        if (low > high)
        {
            return;
        }

        // Surrogates have no encoding: CodePointSet never holds them, so this is only a guard.
        if (low <= 0xDFFF && high >= 0xD800)
        {
            Split(low, 0xD7FF, sequences);
            Split(0xE000, high, sequences);
            return;
        }

        foreach (var lengthEnd in EncodingLengthEnds)
        {
            if (low <= lengthEnd && high > lengthEnd)
            {
                Split(low, lengthEnd, sequences);
                Split(lengthEnd + 1, high, sequences);
                return;
            }
        }

        for (var i = 1; i < 4; i++)
        {
            var mask = (1 << (6 * i)) - 1;
            if ((low & ~mask) != (high & ~mask))
            {
                if ((low & mask) != 0)
                {
                    Split(low, low | mask, sequences);
                    Split((low | mask) + 1, high, sequences);
                    return;
                }

                if ((high & mask) != mask)
                {
                    Split(low, (high & ~mask) - 1, sequences);
                    Split(high & ~mask, high, sequences);
                    return;
                }
            }
        }

        var lowBytes = Encode(low);
        var highBytes = Encode(high);
        var sequence = new (byte Low, byte High)[lowBytes.Length];
        for (var i = 0; i < sequence.Length; i++)
        {
            sequence[i] = (lowBytes[i], highBytes[i]);
        }

        sequences.Add(sequence);
    }

    private static byte[] Encode(int codePoint)
    {
        var buffer = new byte[4];
        var length = new Rune(codePoint).EncodeToUtf8(buffer);
        return buffer[..length];
    }
}
