using System.Runtime.CompilerServices;
using ArDivergence.Core.Manifolds;
using ArDivergence.Core.Specs;
using ArDivergence.Core.Tasks;
using ArDivergence.Core.Text;
using ArDivergence.Core.Tokens;

namespace ArDivergence.Core.Scenarios.Kinds;

/// <summary>
/// What regex and answers manifolds share: L is given, they emit no tokens of the scenario vocabulary
/// (each lane has its own), their states are DFA states, and the language is compiled once per spec.
/// The manifold built over the scenario's vocabulary reads each of its tokens as UTF-8 text; the lanes
/// use <see cref="TextLanguage.ManifoldFor"/> over their own.
/// </summary>
public abstract class TextManifoldKindDescriptor<TSpec> : ManifoldKindDescriptor<TSpec>, ITextManifoldKind
    where TSpec : TextManifoldSpec
{
    private readonly ConditionalWeakTable<TSpec, ByteDfa> _languages = [];

    public override string StatesName => "text automaton states";

    public override bool LengthIsDerived => false;

    public ByteDfa Language(ManifoldSpec spec) => _languages.GetValue((TSpec)spec, Compile);

    /// <summary>The language of the spec; <see cref="TextPatternException"/> when it cannot be compiled.</summary>
    protected abstract ByteDfa Compile(TSpec spec);

    /// <summary>Reports a compile error at the spec path it concerns.</summary>
    protected abstract void Report(TSpec spec, TextPatternException error, ManifoldCheck check);

    protected override void Check(TSpec spec, ManifoldCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        check.Emitted = new HashSet<string>(StringComparer.Ordinal);
        ByteDfa language;
        try
        {
            language = Language(spec);
        }
        catch (TextPatternException error)
        {
            Report(spec, error, check);
            return;
        }

        check.StatesAtOnePosition = language.StateCount + 1;
        check.Require(language.Start != ByteDfa.Dead, "manifold", $"the {Description} matches no text at all, so every generation would be off it");
    }

    protected override IReadOnlyList<string> EmittableTokens(TSpec spec) => [];

    protected override int? DerivedLength(TSpec spec) => null;

    protected override IManifold Build(TSpec spec, Vocabulary vocabulary, int length, TaskInstance? task)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var text = TextVocabulary.FromTexts(vocabulary.Tokens, endOfText: -1, controlTokens: []);
        return new TextManifold(new TokenIndex(Language(spec), text), length);
    }
}
