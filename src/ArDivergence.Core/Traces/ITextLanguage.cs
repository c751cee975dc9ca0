namespace ArDivergence.Core.Traces;

/// <summary>
/// What a trace lane needs of a text manifold (semantics §8): a deterministic automaton over UTF-8
/// bytes whose states are small integers. A state is alive when some continuation of the text read
/// so far matches; <see cref="Dead"/> stands for every state that is not.
/// </summary>
public interface ITextLanguage
{
    public const int Dead = -1;

    int Start { get; }

    /// <summary>The state after reading <paramref name="bytes"/> from <paramref name="state"/>, or <see cref="Dead"/>.</summary>
    int Advance(int state, ReadOnlySpan<byte> bytes);

    /// <summary>Whether the text read so far matches in full.</summary>
    bool IsAccepting(int state);
}
