using System.Globalization;
using System.Text;

namespace ArDivergence.Gguf.Planting;

/// <summary>
/// The tokenizer of a planted model (SentencePiece, llama.cpp's `llama` vocabulary type). Ids:
/// 0 &lt;unk&gt;, 1 &lt;s&gt; (BOS), 2 &lt;eos&gt; (EOS), 3..258 the byte tokens &lt;0x00&gt;..&lt;0xFF&gt; (so that
/// any text tokenizes: llama.cpp's SPM tokenizer falls back to them and aborts without them), then
/// the scenario's tokens in id order as "▁" + token, then the prefixes SPM needs to merge a token
/// of several characters into one piece ("▁s", "▁sc", … for "schön"). A scenario token is one
/// model token; its piece is " " + token (SentencePiece's leading space), so a text of scenario
/// tokens separated by spaces tokenizes to exactly those tokens.
/// </summary>
public sealed class PlantedVocabulary
{
    public const int UnknownId = 0;
    public const int BosId = 1;
    public const int EosId = 2;
    public const int FirstByteId = 3;

    /// <summary>The model id of scenario token 0.</summary>
    public const int FirstScenarioId = FirstByteId + 256;

    /// <summary>SentencePiece's word-boundary mark, U+2581.</summary>
    public const string WordMark = "\u2581";

    /// <summary>llama.cpp's token types (tokenizer.ggml.token_type).</summary>
    public const int TokenTypeNormal = 1;

    public const int TokenTypeUnknown = 2;

    public const int TokenTypeControl = 3;

    public const int TokenTypeByte = 6;

    public PlantedVocabulary(IReadOnlyList<string> scenarioTokens)
    {
        ArgumentNullException.ThrowIfNull(scenarioTokens);
        ScenarioTokenCount = scenarioTokens.Count;
        var pieces = new List<string> { "<unk>", "<s>", "<eos>" };
        var types = new List<int> { TokenTypeUnknown, TokenTypeControl, TokenTypeControl };
        for (var b = 0; b < 256; b++)
        {
            pieces.Add(string.Create(CultureInfo.InvariantCulture, $"<0x{b:X2}>"));
            types.Add(TokenTypeByte);
        }

        var seen = new HashSet<string>(pieces, StringComparer.Ordinal);
        foreach (var token in scenarioTokens)
        {
            var piece = PieceOf(token);
            if (!seen.Add(piece))
            {
                throw new PlantingException($"token '{token}' appears twice in the vocabulary");
            }

            pieces.Add(piece);
            types.Add(TokenTypeNormal);
        }

        foreach (var token in scenarioTokens)
        {
            var piece = PieceOf(token);
            // llama.cpp's SPM tokenizer starts from Unicode code points and merges pairs that are tokens.
            var prefix = new StringBuilder();
            foreach (var rune in piece.EnumerateRunes())
            {
                prefix.Append(rune.ToString());
                var candidate = prefix.ToString();
                if (candidate.Length > WordMark.Length && seen.Add(candidate))
                {
                    pieces.Add(candidate);
                    types.Add(TokenTypeNormal);
                }
            }
        }

        Pieces = pieces;
        TokenTypes = types;
    }

    public int ScenarioTokenCount { get; }

    /// <summary>Every model token's text, by model id.</summary>
    public IReadOnlyList<string> Pieces { get; }

    public IReadOnlyList<int> TokenTypes { get; }

    public int Count => Pieces.Count;

    /// <summary>The model token text of a scenario token.</summary>
    public static string PieceOf(string scenarioToken) => WordMark + scenarioToken;

    public static int ModelIdOf(int scenarioId) => FirstScenarioId + scenarioId;

    /// <summary>The scenario id of a model token, or null for the model's own tokens (special, bytes, prefixes).</summary>
    public int? ScenarioIdOf(int modelId) =>
        modelId >= FirstScenarioId && modelId < FirstScenarioId + ScenarioTokenCount ? modelId - FirstScenarioId : null;
}
