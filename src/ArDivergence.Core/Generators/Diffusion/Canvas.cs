namespace ArDivergence.Core.Generators.Diffusion;

/// <summary>
/// What a masked-diffusion lane has committed: the token at each position 1..L, or <see cref="Masked"/>.
/// Immutable, compared by content (exact dynamic programming keys on it).
/// </summary>
public sealed class Canvas : IEquatable<Canvas>
{
    public const int Masked = -1;

    private readonly int[] _tokens;
    private readonly int _hash;

    private Canvas(int[] tokens)
    {
        _tokens = tokens;
        var hash = new HashCode();
        foreach (var token in tokens)
        {
            hash.Add(token);
        }

        _hash = hash.ToHashCode();
    }

    /// <summary>Every position masked.</summary>
    public static Canvas Empty(int length) => new(Enumerable.Repeat(Masked, length).ToArray());

    public static Canvas Of(IEnumerable<int> tokensByPosition) => new([.. tokensByPosition]);

    public int Length => _tokens.Length;

    /// <summary>The token at 1-based <paramref name="position"/>, or <see cref="Masked"/>.</summary>
    public int this[int position] => _tokens[position - 1];

    public bool IsMasked(int position) => _tokens[position - 1] == Masked;

    public Canvas With(IEnumerable<TokenWrite> writes)
    {
        ArgumentNullException.ThrowIfNull(writes);
        var tokens = (int[])_tokens.Clone();
        foreach (var write in writes)
        {
            tokens[write.Position - 1] = write.Token;
        }

        return new Canvas(tokens);
    }

    public bool Equals(Canvas? other) => other is not null && _hash == other._hash && _tokens.AsSpan().SequenceEqual(other._tokens);

    public override bool Equals(object? obj) => Equals(obj as Canvas);

    public override int GetHashCode() => _hash;
}
