namespace ArDivergence.Core.Text;

/// <summary>
/// From one DFA state: the ordinary tokens whose bytes keep the text alive (ascending ids) with the
/// state each leads to, and the distinct states reached (the token graph's edges for d).
/// </summary>
public sealed record TokenMoves(int[] Tokens, int[] NextStates, int[] DistinctNextStates)
{
    public int Count => Tokens.Length;
}
