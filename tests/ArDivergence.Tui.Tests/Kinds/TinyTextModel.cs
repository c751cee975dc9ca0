using ArDivergence.Core.Generators;
using ArDivergence.Core.Text;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Tui.Tests.Kinds;

/// <summary>
/// A next-token model with a tokenizer of its own, for end-to-end tests of text manifolds: nine tokens —
/// ASCII letters, 'é' whole and split into its two UTF-8 bytes, "ab", 'ж', an end-of-text token and a
/// control token — and the same fixed distribution at every step.
/// </summary>
public sealed class TinyTextModel : IAutoregressiveModel
{
    public const int EndOfText = 7;

    public const int Control = 8;

    /// <summary>p(v) at every step, by token id.</summary>
    public static IReadOnlyList<double> Probabilities { get; } = [0.2, 0.15, 0.1, 0.1, 0.15, 0.1, 0.05, 0.1, 0.05];

    public static TextVocabulary Vocabulary { get; } = new(
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

    private static readonly TokenDistribution Distribution = TokenDistribution.Create(
        Probabilities.Count, [.. Enumerable.Range(0, Probabilities.Count)], [.. Probabilities], 0.0, []);

    public UInt128 InitialContext => 0;

    public TokenDistribution Next(int manifoldState, UInt128 context, int t) => Distribution;

    public UInt128 Advance(UInt128 context, int token) => 0;
}
