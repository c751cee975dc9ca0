using System.Collections.Immutable;
using System.Text;

namespace ArDivergence.Core.Traces;

/// <summary>
/// One recorded generation of a real model (semantics §10): the tokens it emitted, each with the
/// alternatives the server listed. <see cref="Source"/> names where it came from (file and, for a
/// response with several generations, which one) so messages and the screen can point at it.
/// </summary>
public sealed record RecordedTrace(
    string Source,
    string Format,
    string? Model,
    string? Prompt,
    string? FinishReason,
    ImmutableArray<RecordedToken> Tokens)
{
    /// <summary>The UTF-8 bytes of every emitted token, concatenated: what the manifold matches.</summary>
    public byte[] TextBytes()
    {
        var bytes = new List<byte>();
        foreach (var token in Tokens)
        {
            bytes.AddRange(token.Bytes);
        }

        return [.. bytes];
    }

    /// <summary>The generated text (invalid UTF-8, e.g. a character cut at the end, shows as U+FFFD).</summary>
    public string Text => Encoding.UTF8.GetString(TextBytes());
}
