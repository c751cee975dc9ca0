namespace ArDivergence.Core.Text;

/// <summary>The bounds a text manifold is refused beyond (listed in scenarios/README.md).</summary>
public static class TextLimits
{
    /// <summary>The largest m or n in {m}, {m,} and {m,n}.</summary>
    public const int MaxRepetition = 1000;

    /// <summary>The most states of the byte-level NFA a pattern may expand to (repetitions copy their operand).</summary>
    public const int MaxNfaStates = 200_000;

    /// <summary>The most states of the byte-level DFA (before minimisation).</summary>
    public const int MaxDfaStates = 20_000;

    /// <summary>The most (DFA state, token) entries one lane's token index may hold (about 8 bytes each).</summary>
    public const long MaxIndexEntries = 50_000_000;

    /// <summary>The most strings an answers manifold may list.</summary>
    public const int MaxAnswers = 10_000;
}
