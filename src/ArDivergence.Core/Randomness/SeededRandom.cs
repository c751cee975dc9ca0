namespace ArDivergence.Core.Randomness;

/// <summary>
/// xoshiro256** (Blackman &amp; Vigna): a small, fast generator whose whole state is a value,
/// so a lane's position in its stream can be saved with each step and restored on step back.
/// It is a mutable struct on purpose: hot loops keep it in a local and pass it by ref.
/// </summary>
public struct SeededRandom : IEquatable<SeededRandom>
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>A stream seeded from a 64-bit key, expanded with SplitMix64 as the authors recommend.</summary>
    public SeededRandom(ulong key)
    {
        var x = key;
        _s0 = Next(ref x);
        _s1 = Next(ref x);
        _s2 = Next(ref x);
        _s3 = Next(ref x);
        if ((_s0 | _s1 | _s2 | _s3) == 0)
        {
            _s0 = 1;
        }

        static ulong Next(ref ulong state)
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, exclusiveMax), without modulo bias (Lemire's method).</summary>
    public int NextInt(int exclusiveMax) => (int)NextInt64(exclusiveMax);

    /// <summary>A uniform integer in [0, exclusiveMax), without modulo bias (Lemire's method).</summary>
    public long NextInt64(long exclusiveMax)
    {
        if (exclusiveMax <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(exclusiveMax), exclusiveMax, "must be positive");
        }

        var range = (ulong)exclusiveMax;
        var product = Math.BigMul(NextUInt64(), range, out var low);
        if (low < range)
        {
            var threshold = (0 - range) % range;
            while (low < threshold)
            {
                product = Math.BigMul(NextUInt64(), range, out low);
            }
        }

        return (long)product;
    }

    public readonly bool Equals(SeededRandom other) =>
        _s0 == other._s0 && _s1 == other._s1 && _s2 == other._s2 && _s3 == other._s3;

    public override readonly bool Equals(object? obj) => obj is SeededRandom other && Equals(other);

    public override readonly int GetHashCode() => HashCode.Combine(_s0, _s1, _s2, _s3);

    public static bool operator ==(SeededRandom left, SeededRandom right) => left.Equals(right);

    public static bool operator !=(SeededRandom left, SeededRandom right) => !left.Equals(right);
}
