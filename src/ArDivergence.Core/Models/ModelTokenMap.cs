using System.Text;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Models;

/// <summary>
/// A token manifold's vocabulary V matched to a model's tokens by text (semantics §9). Each token of V is the
/// model token whose text is a space and its UTF-8 bytes (a word-initial piece, "▁a"), else exactly its bytes;
/// the lowest id when several have them. Every other model token
/// maps to <see cref="Outside"/> (= |V|), an id no manifold accepts: the model's other tokens are never valid.
/// </summary>
public sealed class ModelTokenMap
{
    private readonly int[] _toModel;
    private readonly int[] _toScenario;

    private ModelTokenMap(int[] toModel, int[] toScenario)
    {
        _toModel = toModel;
        _toScenario = toScenario;
    }

    /// <summary>The scenario id every model token outside V maps to.</summary>
    public int Outside => _toModel.Length;

    public int ModelVocabularySize => _toScenario.Length;

    /// <summary>The map, or a <see cref="ModelLoadException"/> naming the first tokens of V the model lacks.</summary>
    public static ModelTokenMap Build(Vocabulary vocabulary, ILanguageModel model, string modelPath)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(model);
        var byText = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var id = model.VocabularySize - 1; id >= 0; id--)
        {
            if (model.IsByte(id))
            {
                continue;
            }

            // Walking down leaves the lowest id for a text that several tokens share.
            byText[Convert.ToHexString(model.TokenBytes(id).Span)] = id;
        }

        var toModel = new int[vocabulary.Count];
        var missing = new List<string>();
        for (var v = 0; v < vocabulary.Count; v++)
        {
            // The word-initial form (" " + token, SentencePiece's "▁a", BPE's "Ġa") first: a scenario token is a word, and a
            // SentencePiece vocabulary also has byte tokens whose text is a bare letter. Then the exact text (<eos>).
            if (byText.TryGetValue(Convert.ToHexString(Encoding.UTF8.GetBytes(" " + vocabulary[v])), out var id)
                || byText.TryGetValue(Convert.ToHexString(Encoding.UTF8.GetBytes(vocabulary[v])), out id))
            {
                toModel[v] = id;
            }
            else
            {
                missing.Add(vocabulary[v]);
            }
        }

        if (missing.Count > 0)
        {
            var shown = string.Join(", ", missing.Take(5).Select(m => $"'{m}'"));
            throw new ModelLoadException(
                $"{modelPath}: the model has no token {shown}{(missing.Count > 5 ? $" (and {missing.Count - 5} more)" : "")}; on a token manifold every token of the vocabulary must be a token of the model, matched by its text");
        }

        var toScenario = Enumerable.Repeat(vocabulary.Count, model.VocabularySize).ToArray();
        for (var v = 0; v < toModel.Length; v++)
        {
            toScenario[toModel[v]] = v;
        }

        return new ModelTokenMap(toModel, toScenario);
    }

    public int ToModel(int scenarioToken) => _toModel[scenarioToken];

    public int ToScenario(int modelToken) => _toScenario[modelToken];

    /// <summary>
    /// p over V ∪ {Outside} from p over the model's tokens: each token of V keeps its model token's
    /// probability; <see cref="Outside"/> gets the sum of all the others (summed directly, never 1 − Σ).
    /// </summary>
    public TokenDistribution Project(ReadOnlySpan<double> modelProbabilities)
    {
        var probabilities = new double[_toModel.Length + 1];
        for (var m = 0; m < modelProbabilities.Length; m++)
        {
            probabilities[_toScenario[m]] += modelProbabilities[m];
        }

        var tokens = Enumerable.Range(0, probabilities.Length).ToArray();
        return TokenDistribution.Create(probabilities.Length, tokens, probabilities, 0.0, []);
    }
}
