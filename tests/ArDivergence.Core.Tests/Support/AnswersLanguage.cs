using System.Text;
using ArDivergence.Core.Traces;

namespace ArDivergence.Core.Tests.Support;

/// <summary>
/// A text language given as a list of strings, by brute force: a state is a prefix of one of them
/// (numbered in the order met), so alive = "is a prefix" and accepting = "is one of them".
/// </summary>
internal sealed class AnswersLanguage : ITextLanguage
{
    private readonly List<byte[]> _prefixes = [];
    private readonly HashSet<int> _accepting = [];

    public AnswersLanguage(params string[] answers)
    {
        foreach (var answer in answers)
        {
            var bytes = Encoding.UTF8.GetBytes(answer);
            for (var length = 0; length <= bytes.Length; length++)
            {
                if (IndexOf(bytes.AsSpan(0, length)) < 0)
                {
                    _prefixes.Add(bytes[..length]);
                }
            }

            _accepting.Add(IndexOf(bytes));
        }
    }

    public int Start => IndexOf([]);

    public int Advance(int state, ReadOnlySpan<byte> bytes)
    {
        if (state == ITextLanguage.Dead)
        {
            return ITextLanguage.Dead;
        }

        var text = new byte[_prefixes[state].Length + bytes.Length];
        _prefixes[state].CopyTo(text, 0);
        bytes.CopyTo(text.AsSpan(_prefixes[state].Length));
        var next = IndexOf(text);
        return next < 0 ? ITextLanguage.Dead : next;
    }

    public bool IsAccepting(int state) => _accepting.Contains(state);

    private int IndexOf(ReadOnlySpan<byte> text)
    {
        for (var i = 0; i < _prefixes.Count; i++)
        {
            if (_prefixes[i].AsSpan().SequenceEqual(text))
            {
                return i;
            }
        }

        return -1;
    }
}
