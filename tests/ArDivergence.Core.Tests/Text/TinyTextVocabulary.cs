using ArDivergence.Core.Text;

namespace ArDivergence.Core.Tests.Text;

/// <summary>
/// A hand-made byte vocabulary: ASCII tokens, 'é' whole and as its two UTF-8 bytes separately, a
/// two-letter token, a Cyrillic letter, an end-of-text token and a control token.
/// </summary>
internal static class TinyTextVocabulary
{
    public const int EndOfText = 7;
    public const int Control = 8;

    public static TextVocabulary Create() => new(
        [
            "a"u8.ToArray(),
            "b"u8.ToArray(),
            [0xC3],
            [0xA9],
            "é"u8.ToArray(),
            "ab"u8.ToArray(),
            "ж"u8.ToArray(),
            "<eos>"u8.ToArray(),
            "<ctl>"u8.ToArray(),
        ],
        EndOfText,
        [Control]);

    public static IEnumerable<int> Ordinary(TextVocabulary vocabulary) =>
        Enumerable.Range(0, vocabulary.Count).Where(v => v != vocabulary.EndOfText && !vocabulary.IsControl(v));
}
