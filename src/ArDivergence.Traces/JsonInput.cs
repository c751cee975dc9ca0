using System.Text;
using System.Text.Json;

namespace ArDivergence.Traces;

/// <summary>
/// Splits a recording into its JSON values: one whole response, one streamed chunk per line (JSON
/// lines, as Ollama streams), or server-sent events (`data: {...}` lines, `data: [DONE]` ignored, as
/// OpenAI-compatible servers stream). Malformed or truncated JSON is a <see cref="TraceReadException"/>
/// at its line and column.
/// </summary>
public static class JsonInput
{
    private const string EventPrefix = "data:";

    public static IReadOnlyList<JsonChunk> Parse(string file, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = content.AsSpan();
        if (text.StartsWith(Encoding.UTF8.Preamble))
        {
            text = text[Encoding.UTF8.Preamble.Length..];
        }

        var firstLine = FirstNonBlankLine(text);
        return firstLine.StartsWith(Encoding.UTF8.GetBytes(EventPrefix))
            ? ParseEvents(file, text.ToArray())
            : ParseValues(file, text.ToArray());
    }

    private static ReadOnlySpan<byte> FirstNonBlankLine(ReadOnlySpan<byte> text)
    {
        var trimmed = text.TrimStart(" \t\r\n"u8);
        var end = trimmed.IndexOf((byte)'\n');
        return end < 0 ? trimmed : trimmed[..end];
    }

    private static List<JsonChunk> ParseValues(string file, byte[] text)
    {
        var chunks = new List<JsonChunk>();
        var reader = new Utf8JsonReader(text, new JsonReaderOptions { AllowMultipleValues = true, CommentHandling = JsonCommentHandling.Skip });
        var line = 1;
        var counted = 0;
        try
        {
            while (reader.Read())
            {
                for (; counted < reader.TokenStartIndex; counted++)
                {
                    line += text[counted] == '\n' ? 1 : 0;
                }

                using var document = JsonDocument.ParseValue(ref reader);
                chunks.Add(new JsonChunk(document.RootElement.Clone(), line));
            }
        }
        catch (JsonException malformed)
        {
            throw Malformed(file, malformed, EndsAtEndOfText(malformed, text), 0);
        }

        if (chunks.Count == 0)
        {
            throw new TraceReadException(file, "the file is empty: expected a JSON response with log-probabilities");
        }

        return chunks;
    }

    /// <summary>Whether the reader failed at the very end of the text: the JSON was cut short.</summary>
    private static bool EndsAtEndOfText(JsonException malformed, byte[] text)
    {
        var content = text.AsSpan().TrimEnd(" \t\r\n"u8);
        var lastLine = content.Count((byte)'\n');
        var lastLineLength = content.Length - (content.LastIndexOf((byte)'\n') + 1);
        return malformed.LineNumber >= lastLine && (malformed.LineNumber > lastLine || malformed.BytePositionInLine >= lastLineLength);
    }

    private static List<JsonChunk> ParseEvents(string file, byte[] text)
    {
        var chunks = new List<JsonChunk>();
        var lines = Encoding.UTF8.GetString(text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (!line.StartsWith(EventPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var payload = line[EventPrefix.Length..].Trim();
            if (payload.Length == 0 || payload == "[DONE]")
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(payload);
                chunks.Add(new JsonChunk(document.RootElement.Clone(), i + 1));
            }
            catch (JsonException malformed)
            {
                throw Malformed(file, malformed, truncated: false, lineOffset: i, columnOffset: line.Length - line.TrimStart().Length + EventPrefix.Length + 1);
            }
        }

        if (chunks.Count == 0)
        {
            throw new TraceReadException(file, "the stream has no `data:` events with JSON");
        }

        return chunks;
    }

    private static TraceReadException Malformed(string file, JsonException malformed, bool truncated, int lineOffset, int columnOffset = 0)
    {
        var line = (int)(malformed.LineNumber ?? 0) + 1 + lineOffset;
        var column = (int)(malformed.BytePositionInLine ?? 0) + 1 + columnOffset;
        var message = malformed.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = (cut < 0 ? message : message[..cut]).TrimEnd(' ', '.', '|').Replace(" Path: $", "", StringComparison.Ordinal);
        var problem = truncated
            ? "the JSON ends before it is complete (truncated file?)"
            : $"malformed JSON: {message}";
        return new TraceReadException(file, problem, line, column);
    }
}
