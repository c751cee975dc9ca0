using System.Text;

namespace ArDivergence.Core.Randomness;

/// <summary>
/// Hashes that are the same in every process and on every machine
/// (unlike <see cref="string.GetHashCode()"/>, which .NET randomises per process).
/// </summary>
public static class StableHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>64-bit FNV-1a of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static ulong Fnv1a64(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = FnvOffset;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= FnvPrime;
        }

        return hash;
    }

    /// <summary>32-bit FNV-1a of the ASCII bytes of <paramref name="text"/> (the hash_then_value task).</summary>
    public static uint Fnv1a32(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash ^= (byte)c;
            hash *= 16777619u;
        }

        return hash;
    }

    /// <summary>SplitMix64's finaliser: a bijective mix so nearby inputs give unrelated outputs.</summary>
    public static ulong Mix(ulong value)
    {
        var z = value + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Order-sensitive combination of two hashes.</summary>
    public static ulong Combine(ulong first, ulong second) => Mix(first ^ Mix(second + 0x632BE59BD9B4E019UL));
}
