using System.Runtime.CompilerServices;
using ArDivergence.Core.Text;

namespace ArDivergence.Core.Models;

/// <summary>
/// A model's tokenizer as a text manifold reads it (semantics §8): token i is the model's bytes of token i (a byte
/// token is its one byte), the end-of-text token is the model's end-of-generation token, and every other control
/// token (BOS, chat markers, &lt;unk&gt;) is never valid. One vocabulary object per model object, so lanes sharing a
/// model file (the provider loads each file once) share one token index.
/// </summary>
public static class ModelTextVocabulary
{
    private static readonly ConditionalWeakTable<ILanguageModel, TextVocabulary> Vocabularies = [];

    public static TextVocabulary For(ILanguageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Vocabularies.GetValue(model, Build);
    }

    private static TextVocabulary Build(ILanguageModel model)
    {
        var bytes = new byte[model.VocabularySize][];
        var control = new List<int>();
        for (var id = 0; id < bytes.Length; id++)
        {
            bytes[id] = model.TokenBytes(id).ToArray();
            if (model.IsControl(id) || id == model.BeginningOfSequence)
            {
                control.Add(id);
            }
        }

        var end = model.EndOfGeneration is var eos && eos >= 0 && eos < bytes.Length ? eos : -1;
        return new TextVocabulary(bytes, end, control);
    }
}
