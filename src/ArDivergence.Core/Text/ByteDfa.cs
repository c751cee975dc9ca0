using System.Text;

namespace ArDivergence.Core.Text;

/// <summary>
/// A deterministic automaton over UTF-8 bytes that accepts a text iff it matches the whole pattern
/// (or equals an answer). Trimmed: every state can still reach an accepting one, so a state is alive
/// iff it is not <see cref="Dead"/>; and minimised. Immutable and safe to share between threads.
/// </summary>
public sealed class ByteDfa
{
    /// <summary>The state after bytes no matching text can start with.</summary>
    public const int Dead = -1;

    private readonly int[] _next;
    private readonly bool[] _accepting;

    /// <param name="next">For state s and byte b, the next state at s·256 + b (<see cref="Dead"/> when none).</param>
    /// <param name="accepting">Whether each state accepts.</param>
    /// <param name="start">The state before any byte (<see cref="Dead"/> when nothing matches).</param>
    internal ByteDfa(int[] next, bool[] accepting, int start)
    {
        _next = next;
        _accepting = accepting;
        Start = start;
    }

    public int StateCount => _accepting.Length;

    /// <summary>The state of the empty text; <see cref="Dead"/> when the language is empty.</summary>
    public int Start { get; }

    /// <summary>The state after one more byte; <see cref="Dead"/> stays dead.</summary>
    public int Next(int state, byte value) => state == Dead ? Dead : _next[(state << 8) | value];

    /// <summary>Whether the text that led to <paramref name="state"/> matches.</summary>
    public bool IsAccepting(int state) => state != Dead && _accepting[state];

    /// <summary>Whether some continuation of the text that led here matches (every state but dead).</summary>
    public bool IsAlive(int state) => state != Dead && state < StateCount;

    /// <summary>The state after <paramref name="bytes"/> from <paramref name="state"/>.</summary>
    public int Run(int state, ReadOnlySpan<byte> bytes)
    {
        foreach (var value in bytes)
        {
            if (state == Dead)
            {
                return Dead;
            }

            state = _next[(state << 8) | value];
        }

        return state;
    }

    /// <summary>Whether the whole of <paramref name="bytes"/> matches.</summary>
    public bool Matches(ReadOnlySpan<byte> bytes) => IsAccepting(Run(Start, bytes));

    /// <summary>Whether the whole of <paramref name="text"/> (as UTF-8) matches.</summary>
    public bool Matches(string text) => Matches(Encoding.UTF8.GetBytes(text));

    /// <summary>The fewest bytes from <paramref name="state"/> to an accepting state (0 when accepting; −1 when dead).</summary>
    public int BytesToAccept(int state)
    {
        if (state == Dead)
        {
            return -1;
        }

        var distance = new int[StateCount];
        Array.Fill(distance, -1);
        distance[state] = 0;
        var queue = new Queue<int>([state]);
        while (queue.TryDequeue(out var current))
        {
            if (_accepting[current])
            {
                return distance[current];
            }

            for (var b = 0; b < 256; b++)
            {
                var next = _next[(current << 8) | b];
                if (next != Dead && distance[next] < 0)
                {
                    distance[next] = distance[current] + 1;
                    queue.Enqueue(next);
                }
            }
        }

        return -1;
    }
}
