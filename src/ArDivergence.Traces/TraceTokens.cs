using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ArDivergence.Core.Traces;

namespace ArDivergence.Traces;

/// <summary>The rules every reader shares for a token's bytes and for listing the emitted token.</summary>
public static class TraceTokens
{
    private const string BytesPrefix = "bytes:";

    /// <summary>
    /// The bytes of a token given only as text: its UTF-8, except the legacy completions' spelling of a
    /// token that is part of a character, `bytes:\xe2\x80`, which stands for those bytes.
    /// </summary>
    public static ImmutableArray<byte> BytesOfText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.StartsWith(BytesPrefix, StringComparison.Ordinal) && TryHexEscapes(text[BytesPrefix.Length..], out var bytes))
        {
            return bytes;
        }

        return [.. Encoding.UTF8.GetBytes(text)];
    }

    /// <summary>
    /// A listed token's bytes: `bytes` when given; else the UTF-8 of its text. A server that writes
    /// `bytes: null` for a token spelled like `&lt;...&gt;` marks a control token (no text): null.
    /// </summary>
    public static ImmutableArray<byte>? AlternativeBytes(JsonAt entry, string text)
    {
        if (entry.Optional("bytes") is { } bytes)
        {
            return bytes.Bytes();
        }

        var isControl = entry.Has("bytes") && text.Length > 2 && text[0] == '<' && text[^1] == '>';
        return isControl ? null : BytesOfText(text);
    }

    /// <summary>The emitted token's bytes: `bytes` when given, else the UTF-8 of its text.</summary>
    public static ImmutableArray<byte> EmittedBytes(JsonAt entry, string text) =>
        entry.Optional("bytes") is { } bytes ? bytes.Bytes() : BytesOfText(text);

    /// <summary>
    /// The emitted token with its alternatives; when its probability is known and the server did not list
    /// it (legacy completions with a top-1 that is not the sampled token), it is added to the list.
    /// </summary>
    public static RecordedToken Emitted(string text, ImmutableArray<byte> bytes, double? probability, IEnumerable<RecordedAlternative> listed)
    {
        var alternatives = listed.ToList();
        if (probability is { } p && !alternatives.Any(a => a.Bytes is { } b && b.AsSpan().SequenceEqual(bytes.AsSpan())))
        {
            alternatives.Add(new RecordedAlternative(text, bytes, p));
        }

        return new RecordedToken(text, bytes, probability, [.. alternatives]);
    }

    private static bool TryHexEscapes(string escapes, out ImmutableArray<byte> bytes)
    {
        bytes = [];
        if (escapes.Length == 0 || escapes.Length % 4 != 0)
        {
            return false;
        }

        var builder = ImmutableArray.CreateBuilder<byte>(escapes.Length / 4);
        for (var i = 0; i < escapes.Length; i += 4)
        {
            if (escapes[i] != '\\' || escapes[i + 1] != 'x'
                || !byte.TryParse(escapes.AsSpan(i + 2, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            {
                return false;
            }

            builder.Add(value);
        }

        bytes = builder.MoveToImmutable();
        return true;
    }
}
