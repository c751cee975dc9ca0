namespace ArDivergence.Core.Generators;

/// <summary>
/// The last n−1 tokens packed into one 128-bit number (base |V|+1, digit 0 meaning "no token"),
/// so contexts are compared and hashed as plain values.
/// </summary>
public sealed class NgramContext
{
    private readonly UInt128 _base;
    private readonly UInt128 _modulus;

    // When context · base + digit fits in 64 bits, the same arithmetic in ulong (a hardware division
    // instead of UInt128's software one) gives the same number.
    private readonly bool _fitsInUlong;

    public NgramContext(int vocabularySize, int order)
    {
        Width = order - 1;
        _base = (UInt128)(vocabularySize + 1);
        var capacity = Math.Log2(vocabularySize + 1.0) * Width;
        if (capacity >= 127)
        {
            throw new ScenarioLimitException(
                $"an ngram of order {order} over {vocabularySize} tokens needs {capacity:F0} bits of context (limit 127); use a lower order");
        }

        _modulus = UInt128.One;
        for (var i = 0; i < Width; i++)
        {
            _modulus *= _base;
        }

        _fitsInUlong = _modulus <= ulong.MaxValue / _base;
    }

    /// <summary>n − 1: how many earlier tokens the model sees.</summary>
    public int Width { get; }

    public UInt128 Push(UInt128 context, int token) =>
        Width == 0 ? UInt128.Zero
        : _fitsInUlong ? (((ulong)context * (ulong)_base) + (ulong)(token + 1)) % (ulong)_modulus
        : ((context * _base) + (UInt128)(token + 1)) % _modulus;

    public UInt128 FromTokens(IEnumerable<int> tokens) => tokens.Aggregate(UInt128.Zero, Push);
}
