using System.Runtime.CompilerServices;
using ArDivergence.Core.Generators;

namespace ArDivergence.Core.Text;

/// <summary>
/// A compiled text scenario's ground truth (semantics §8): the language as a <see cref="ByteDfa"/>, the
/// raw prompt text and the token budget L. Each lane brings its own tokenizer (a
/// <see cref="TextVocabulary"/>) and gets its own token-level view: <see cref="ManifoldFor"/> builds
/// one <see cref="TextManifold"/> per vocabulary (lanes sharing a vocabulary object share its index).
/// </summary>
public sealed class TextLanguage(ByteDfa dfa, string prompt, int length)
{
    private readonly ConditionalWeakTable<TextVocabulary, TextManifold> _manifolds = [];

    public ByteDfa Dfa { get; } = dfa;

    /// <summary>The prompt as written; a lane tokenizes it (and may wrap it in its chat template).</summary>
    public string Prompt { get; } = prompt;

    /// <summary>L, the token budget of every lane.</summary>
    public int Length { get; } = length;

    /// <summary>The lane's view of the language over its own tokens (built once per vocabulary).</summary>
    public TextManifold ManifoldFor(TextVocabulary vocabulary) =>
        _manifolds.GetValue(vocabulary, v => new TextManifold(new TokenIndex(Dfa, v), Length));

    /// <summary>
    /// A lane's generation context: its own manifold, its vocabulary size and its tokenization of the
    /// prompt; the outputs show its tokens through <see cref="GenerationContext.TextTokens"/>.
    /// </summary>
    public GenerationContext ContextFor(TextVocabulary vocabulary, IReadOnlyList<int> promptTokens)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        return new GenerationContext(ManifoldFor(vocabulary), vocabulary.Count, promptTokens) { TextTokens = vocabulary };
    }
}
