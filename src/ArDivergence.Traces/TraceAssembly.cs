using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using ArDivergence.Core.Traces;

namespace ArDivergence.Traces;

/// <summary>
/// Collects one generation's tokens (with the JSON path of each, for messages) and checks, when it is
/// built, that their bytes together are UTF-8: a character may be split across tokens, but the pieces
/// must fit; only a character cut off at the very end (a generation stopped by its token limit) is allowed.
/// </summary>
public sealed class TraceAssembly(string file, string source)
{
    private readonly List<RecordedToken> _tokens = [];
    private readonly List<string> _paths = [];

    public string? Model { get; set; }

    public string? Prompt { get; set; }

    public string? FinishReason { get; set; }

    public int Count => _tokens.Count;

    public void Add(RecordedToken token, string path)
    {
        _tokens.Add(token);
        _paths.Add(path);
    }

    public RecordedTrace Build(string format)
    {
        CheckUtf8();
        return new RecordedTrace(source, format, Model, Prompt, FinishReason, [.. _tokens]);
    }

    private void CheckUtf8()
    {
        var bytes = _tokens.SelectMany(t => t.Bytes).ToArray();
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes.AsSpan(offset), out _, out var consumed);
            if (status == OperationStatus.InvalidData)
            {
                // A valid lead byte followed by a byte that cannot continue it: the fault is that next byte.
                var culprit = bytes[offset] is >= 0xC2 and <= 0xF4 && offset + consumed < bytes.Length ? offset + consumed : offset;
                var token = TokenAt(culprit);
                throw new TraceReadException(file,
                    $"token {token + 1} ({Quote(_tokens[token].Text)}) makes the text invalid UTF-8 " +
                    $"(byte 0x{bytes[culprit]:x2} at byte {culprit} of the text); a character split across tokens must fit together",
                    jsonPath: _paths[token]);
            }

            if (status == OperationStatus.NeedMoreData)
            {
                return;
            }

            offset += consumed;
        }
    }

    private int TokenAt(int offset)
    {
        var end = 0;
        for (var i = 0; i < _tokens.Count; i++)
        {
            end += _tokens[i].Bytes.Length;
            if (offset < end)
            {
                return i;
            }
        }

        return _tokens.Count - 1;
    }

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    /// <summary>The paths of the tokens, in order (for checks made after reading).</summary>
    public ImmutableArray<string> Paths => [.. _paths];
}
