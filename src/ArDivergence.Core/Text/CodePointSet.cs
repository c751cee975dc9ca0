using System.Text;

namespace ArDivergence.Core.Text;

/// <summary>
/// A set of Unicode scalar values as sorted, disjoint, non-adjacent inclusive ranges. Surrogate code
/// points are never members (they have no UTF-8 encoding).
/// </summary>
public sealed class CodePointSet
{
    public const int MaxCodePoint = 0x10FFFF;

    private const int SurrogateLow = 0xD800;
    private const int SurrogateHigh = 0xDFFF;

    // Case mappings are looked up only below this bound: no cased letter lies above it.
    private const int LastCasedCodePoint = 0x1FFFF;

    private readonly (int Low, int High)[] _ranges;

    private CodePointSet((int Low, int High)[] normalisedRanges) => _ranges = normalisedRanges;

    public static CodePointSet Empty { get; } = new([]);

    /// <summary>Every scalar value except the line feed: what `.` matches.</summary>
    public static CodePointSet AnyButNewline { get; } = Of((0, '\n' - 1), ('\n' + 1, MaxCodePoint));

    /// <summary>\d: the ASCII digits.</summary>
    public static CodePointSet Digits { get; } = Of(('0', '9'));

    /// <summary>\w: ASCII letters, digits and the underscore.</summary>
    public static CodePointSet WordCharacters { get; } = Of(('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z'));

    /// <summary>\s: space, tab, line feed, vertical tab, form feed, carriage return.</summary>
    public static CodePointSet Whitespace { get; } = Of(('\t', '\r'), (' ', ' '));

    public IReadOnlyList<(int Low, int High)> Ranges => _ranges;

    public bool IsEmpty => _ranges.Length == 0;

    public static CodePointSet OfOne(int codePoint) => Of((codePoint, codePoint));

    /// <summary>The union of the given ranges (surrogates removed, overlaps merged).</summary>
    public static CodePointSet Of(params IEnumerable<(int Low, int High)> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        var pieces = new List<(int Low, int High)>();
        foreach (var (low, high) in ranges)
        {
            AddWithoutSurrogates(pieces, Math.Max(low, 0), Math.Min(high, MaxCodePoint));
        }

        pieces.Sort();
        var merged = new List<(int Low, int High)>();
        foreach (var piece in pieces)
        {
            if (merged.Count > 0 && piece.Low <= merged[^1].High + 1)
            {
                merged[^1] = (merged[^1].Low, Math.Max(merged[^1].High, piece.High));
            }
            else
            {
                merged.Add(piece);
            }
        }

        return new CodePointSet([.. merged]);
    }

    public CodePointSet Union(CodePointSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Of(_ranges.Concat(other._ranges));
    }

    /// <summary>Every scalar value not in this set.</summary>
    public CodePointSet Complement()
    {
        var gaps = new List<(int Low, int High)>();
        var next = 0;
        foreach (var (low, high) in _ranges)
        {
            if (low > next)
            {
                gaps.Add((next, low - 1));
            }

            next = high + 1;
        }

        if (next <= MaxCodePoint)
        {
            gaps.Add((next, MaxCodePoint));
        }

        return Of(gaps);
    }

    /// <summary>
    /// The set closed under simple (one-to-one) invariant case mapping: each member's upper- and
    /// lower-case forms are added, as ignore_case asks.
    /// </summary>
    public CodePointSet WithCaseVariants()
    {
        var added = new List<(int Low, int High)>(_ranges);
        foreach (var (low, high) in _ranges)
        {
            for (var c = low; c <= Math.Min(high, LastCasedCodePoint); c++)
            {
                var rune = new Rune(c);
                var upper = Rune.ToUpperInvariant(rune).Value;
                var lower = Rune.ToLowerInvariant(rune).Value;
                if (upper != c)
                {
                    added.Add((upper, upper));
                }

                if (lower != c)
                {
                    added.Add((lower, lower));
                }
            }
        }

        return Of(added);
    }

    private static void AddWithoutSurrogates(List<(int Low, int High)> pieces, int low, int high)
    {
        if (low > high)
        {
            return;
        }

        if (high < SurrogateLow || low > SurrogateHigh)
        {
            pieces.Add((low, high));
            return;
        }

        if (low < SurrogateLow)
        {
            pieces.Add((low, SurrogateLow - 1));
        }

        if (high > SurrogateHigh)
        {
            pieces.Add((SurrogateHigh + 1, high));
        }
    }
}
