using System.Text;

namespace ArDivergence.Core.Text;

/// <summary>
/// One lane's tokens as byte strings (its tokenizer's view of text): token id i is
/// <see cref="Bytes"/>(i); <see cref="EndOfText"/> is its end-of-generation token (−1 when it has
/// none); control tokens (BOS, chat markers …) are never valid on a text manifold.
/// </summary>
public sealed class TextVocabulary
{
    private readonly byte[][] _bytes;
    private readonly bool[] _control;

    public TextVocabulary(IReadOnlyList<byte[]> tokenBytes, int endOfText, IEnumerable<int> controlTokens)
    {
        ArgumentNullException.ThrowIfNull(tokenBytes);
        ArgumentNullException.ThrowIfNull(controlTokens);
        if (endOfText < -1 || endOfText >= tokenBytes.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(endOfText), "the end-of-text token must be a token of the vocabulary (or −1)");
        }

        _bytes = [.. tokenBytes];
        _control = new bool[_bytes.Length];
        foreach (var token in controlTokens)
        {
            _control[token] = true;
        }

        EndOfText = endOfText;
    }

    public int Count => _bytes.Length;

    /// <summary>The end-of-generation token, or −1.</summary>
    public int EndOfText { get; }

    /// <summary>The token's text as UTF-8 bytes (possibly an incomplete character).</summary>
    public ReadOnlySpan<byte> Bytes(int token) => _bytes[token];

    /// <summary>Whether the token is a control token other than the end-of-text one.</summary>
    public bool IsControl(int token) => _control[token] && token != EndOfText;

    /// <summary>The token's text for display (invalid UTF-8 shows as U+FFFD).</summary>
    public string Text(int token) => Encoding.UTF8.GetString(_bytes[token]);

    /// <summary>A vocabulary of the UTF-8 encodings of <paramref name="texts"/>.</summary>
    public static TextVocabulary FromTexts(IReadOnlyList<string> texts, int endOfText, IEnumerable<int> controlTokens)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return new TextVocabulary([.. texts.Select(Encoding.UTF8.GetBytes)], endOfText, controlTokens);
    }
}
