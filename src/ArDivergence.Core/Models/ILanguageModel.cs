namespace ArDivergence.Core.Models;

/// <summary>
/// A real language model as a lane needs it (semantics §9): its vocabulary as byte strings, its special
/// tokens, its shape for the compute model, and fresh KV caches to decode with. The weights are loaded
/// once; every decoder made from them shares them.
/// </summary>
public interface ILanguageModel
{
    LanguageModelInfo Info { get; }

    int VocabularySize { get; }

    /// <summary>The token's text as UTF-8 bytes (a byte token <c>&lt;0x0A&gt;</c> is that one byte).</summary>
    ReadOnlyMemory<byte> TokenBytes(int token);

    /// <summary>The beginning-of-sequence token the model puts before a prompt, or null when it adds none.</summary>
    int? BeginningOfSequence { get; }

    /// <summary>The end-of-generation token.</summary>
    int EndOfGeneration { get; }

    /// <summary>Whether the token is a control token (never valid on a manifold).</summary>
    bool IsControl(int token);

    /// <summary>Whether the token is a raw byte (SentencePiece's &lt;0x61&gt;): it stands for a byte, not for a word of V.</summary>
    bool IsByte(int token) => false;

    /// <summary>
    /// The model's tokens for <paramref name="text"/>, as its own tokenizer splits it, with no beginning-of-sequence
    /// token; special tokens' texts (&lt;|im_start|&gt;) are read as those tokens only when <paramref name="parseSpecial"/>.
    /// </summary>
    IReadOnlyList<int> Tokenize(string text, bool parseSpecial);

    /// <summary>The text of one user message wrapped in the model's chat template, ready for the reply; null when the model has none.</summary>
    string? ChatPrompt(string userMessage) => null;

    /// <summary>A fresh, empty KV cache of <paramref name="contextSize"/> positions decoding on <paramref name="threads"/> threads.</summary>
    ILanguageModelDecoder CreateDecoder(int contextSize, int threads);
}
