using ArDivergence.Core.Text;

namespace ArDivergence.Core.Traces;

/// <summary>A text manifold's byte automaton (semantics §8) as the language a trace lane checks its traces against.</summary>
public sealed class DfaLanguage(ByteDfa dfa) : ITextLanguage
{
    public int Start => dfa.Start;

    public int Advance(int state, ReadOnlySpan<byte> bytes)
    {
        var next = dfa.Run(state, bytes);
        return next == ByteDfa.Dead ? ITextLanguage.Dead : next;
    }

    public bool IsAccepting(int state) => dfa.IsAccepting(state);
}
